package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
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
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The statistics as an Excel workbook: counts as numbers, rates as percentages that Excel can
 * compute with. Written as a stream (FastExcel), never held as a workbook in memory.
 */
@Path("/api/v1/suggestion-statistics.xlsx")
@Tag(name = "Statistics")
public class StatisticsXlsxResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int FLUSH_EVERY_ROWS = 500;
  private final StatisticsService statistics;

  public StatisticsXlsxResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Produces(XLSX)
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "The same figures as an Excel workbook (XLSX)",
      description = "One sheet, one row per department; rates formatted as percentages.")
  public Response xlsx(
      @QueryParam("congressId") @Size(max = 40) String congressId,
      @QueryParam("includeTowns") boolean includeTowns,
      @QueryParam("term") @Min(1) @Max(99) Integer term,
      @QueryParam("session") @Min(1) @Max(99) Integer session,
      @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
    List<DepartmentFigures> rows =
        statistics.figures(congressId, includeTowns, term, session, year);
    StreamingOutput body =
        out -> {
          Workbook workbook = new Workbook(out, "congress-suggestions", "1.0");
          Worksheet sheet = workbook.newWorksheet("建议办理统计");
          List<String> header = StatisticsTable.header();
          for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
          }
          sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
          sheet.freezePane(0, 1);
          int r = 1;
          for (DepartmentFigures f : rows) {
            List<Object> cells = StatisticsTable.row(f);
            for (int c = 0; c < cells.size(); c++) {
              write(sheet, r, c, cells.get(c));
            }
            if (r % FLUSH_EVERY_ROWS == 0) {
              sheet.flush();
            }
            r++;
          }
          workbook.finish();
        };
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"suggestion-statistics.xlsx\"")
        .build();
  }

  private static void write(Worksheet sheet, int r, int c, Object cell) {
    if (cell instanceof StatisticsTable.Rate rate) {
      if (rate.value() != null) {
        sheet.value(r, c, rate.value());
        sheet.style(r, c).format("0.00%").set();
      }
    } else if (cell instanceof Long count) {
      sheet.value(r, c, count);
    } else {
      sheet.value(r, c, (String) cell);
    }
  }
}
