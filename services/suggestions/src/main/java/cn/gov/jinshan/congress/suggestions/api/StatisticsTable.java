package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService.DepartmentFigures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics as one table, the same for every export format: a Chinese header, then one row per
 * congress and department (cells as {@link TableWriter} takes them).
 */
final class StatisticsTable {
  private StatisticsTable() {}

  static List<String> header() {
    List<String> header = new ArrayList<>(List.of("人大", "承办单位", "件数"));
    for (SuggestionState s : SuggestionState.values()) {
      header.add(s.label());
    }
    for (ReplyClass c : ReplyClass.values()) {
      header.add(c.name() + "类");
    }
    header.addAll(List.of("按期办复率", "见面率", "满意率"));
    return header;
  }

  static List<Object> row(DepartmentFigures f) {
    List<Object> cells = new ArrayList<>();
    cells.add(f.congressId());
    cells.add(f.departmentName());
    cells.add(f.items());
    for (SuggestionState s : SuggestionState.values()) {
      cells.add(f.byState().getOrDefault(s.name(), 0L));
    }
    for (ReplyClass c : ReplyClass.values()) {
      cells.add(f.byClass().getOrDefault(c.name(), 0L));
    }
    cells.add(new TableWriter.Rate(f.onTimeReplyRate()));
    cells.add(new TableWriter.Rate(f.contactRate()));
    cells.add(new TableWriter.Rate(f.satisfactionRate()));
    return cells;
  }

  /** The figures as a download in the given format. */
  static Response export(TableWriter.Format format, List<DepartmentFigures> rows) {
    StreamingOutput body =
        out -> {
          TableWriter table = format.writer(out, "建议办理统计");
          table.header(header());
          for (DepartmentFigures f : rows) {
            table.row(row(f));
          }
          table.finish();
        };
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"suggestion-statistics." + format.extension() + "\"")
        .build();
  }
}
