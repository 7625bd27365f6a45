package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionState;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService.DepartmentFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics as CSV (UTF-8 with BOM, so that Excel reads the Chinese headers). */
@Path("/api/v1/suggestion-statistics.csv")
@Tag(name = "Statistics", description = "按期办复率、见面率、满意率 per department")
public class StatisticsCsvResource {
  private static final String CSV = "text/csv; charset=UTF-8";
  private final StatisticsService statistics;

  public StatisticsCsvResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Produces(CSV)
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "The same figures as CSV", description = "Streams; one row per department.")
  public Response csv(
      @QueryParam("congressId") @Size(max = 40) String congressId,
      @QueryParam("includeTowns") boolean includeTowns,
      @QueryParam("term") @Min(1) @Max(99) Integer term,
      @QueryParam("session") @Min(1) @Max(99) Integer session,
      @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
    List<DepartmentFigures> rows =
        statistics.figures(congressId, includeTowns, term, session, year);
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write('\ufeff');
          List<String> header = new ArrayList<>(List.of("人大", "承办单位", "件数"));
          for (SuggestionState s : SuggestionState.values()) {
            header.add(s.label());
          }
          for (ReplyClass c : ReplyClass.values()) {
            header.add(c.name() + "类");
          }
          header.addAll(List.of("按期办复率", "见面率", "满意率"));
          w.write(String.join(",", header) + "\r\n");
          for (DepartmentFigures f : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(escape(f.congressId()));
            cells.add(escape(f.departmentId()));
            cells.add(Long.toString(f.items()));
            for (SuggestionState s : SuggestionState.values()) {
              cells.add(Long.toString(f.byState().getOrDefault(s.name(), 0L)));
            }
            for (ReplyClass c : ReplyClass.values()) {
              cells.add(Long.toString(f.byClass().getOrDefault(c.name(), 0L)));
            }
            cells.add(rate(f.onTimeReplyRate()));
            cells.add(rate(f.contactRate()));
            cells.add(rate(f.satisfactionRate()));
            w.write(String.join(",", cells) + "\r\n");
          }
          w.flush();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"suggestion-statistics.csv\"")
        .build();
  }

  private static String rate(Double rate) {
    return rate == null ? "" : String.format("%.2f%%", rate * 100);
  }

  private static String escape(String cell) {
    String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
    return safe.contains(",") || safe.contains("\"")
        ? '"' + safe.replace("\"", "\"\"") + '"'
        : safe;
  }
}
