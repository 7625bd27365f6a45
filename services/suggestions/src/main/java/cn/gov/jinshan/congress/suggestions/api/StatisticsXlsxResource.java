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
  public Response xlsx(@BeanParam @Valid StatisticsQuery query) {
    return StatisticsTable.export(
        TableWriter.Format.XLSX,
        statistics.figures(
            query.congressId, query.rollUp(), query.term, query.session, query.year));
  }
}
