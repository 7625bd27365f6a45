package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
  public Response csv(@BeanParam @Valid StatisticsQuery query) {
    return StatisticsTable.export(
        TableWriter.Format.CSV,
        statistics.figures(
            query.congressId, query.rollUp(), query.term, query.session, query.year));
  }
}
