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
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
          w.write(String.join(",", StatisticsTable.header()) + "\r\n");
          for (DepartmentFigures f : rows) {
            List<String> cells =
                StatisticsTable.row(f).stream().map(StatisticsCsvResource::cell).toList();
            w.write(String.join(",", cells) + "\r\n");
          }
          w.flush();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"suggestion-statistics.csv\"")
        .build();
  }

  private static String cell(Object cell) {
    if (cell instanceof StatisticsTable.Rate rate) {
      return rate.value() == null ? "" : String.format("%.2f%%", rate.value() * 100);
    }
    return cell instanceof String text ? escape(text) : cell.toString();
  }

  private static String escape(String cell) {
    String safe = cell.matches("^[=+\\-@].*") ? "'" + cell : cell;
    return safe.contains(",") || safe.contains("\"")
        ? '"' + safe.replace("\"", "\"\"") + '"'
        : safe;
  }
}
