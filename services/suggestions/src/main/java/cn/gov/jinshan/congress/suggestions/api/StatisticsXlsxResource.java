package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The statistics as an Excel workbook: counts as numbers, rates as percentages. */
@Path("/api/v1/suggestion-statistics.xlsx")
@Tag(name = "Statistics")
public class StatisticsXlsxResource {
  private final StatisticsService statistics;

  public StatisticsXlsxResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Produces(TableWriter.XLSX_MEDIA_TYPE)
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
    return StatisticsTable.export(
        TableWriter.Format.XLSX, statistics.figures(congressId, includeTowns, term, session, year));
  }
}
