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

/** The statistics as CSV (UTF-8 with BOM, so that Excel reads the Chinese headers). */
@Path("/api/v1/suggestion-statistics.csv")
@Tag(name = "Statistics", description = "按期办复率、见面率、满意率 per department")
public class StatisticsCsvResource {
  private final StatisticsService statistics;

  public StatisticsCsvResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Produces(TableWriter.CSV_MEDIA_TYPE)
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "The same figures as CSV", description = "Streams; one row per department.")
  public Response csv(
      @QueryParam("congressId") @Size(max = 40) String congressId,
      @QueryParam("includeTowns") boolean includeTowns,
      @QueryParam("term") @Min(1) @Max(99) Integer term,
      @QueryParam("session") @Min(1) @Max(99) Integer session,
      @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
    return StatisticsTable.export(
        TableWriter.Format.CSV, statistics.figures(congressId, includeTowns, term, session, year));
  }
}
