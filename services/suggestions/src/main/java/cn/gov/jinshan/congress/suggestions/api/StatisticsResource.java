package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService;
import cn.gov.jinshan.congress.suggestions.service.StatisticsService.DepartmentFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Handling statistics per lead department as JSON; {@link StatisticsCsvResource} for CSV. */
@Path("/api/v1/suggestion-statistics")
@Tag(name = "Statistics", description = "按期办复率、见面率、满意率 per department")
public class StatisticsResource {
  private final StatisticsService statistics;

  public StatisticsResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "Figures per lead department",
      description =
          "Counts by state and by class of the latest reply; on-time reply rate, contact rate,"
              + " satisfaction rate (fractions). Filter by term, session, year of assignment."
              + " The last row, departmentId ALL, is the total. congressId (default: the"
              + " caller's) reads a town below the caller's congress with the cross_congress"
              + " role; rollUp=true (cross_congress) rolls the towns up with it: one ALL row"
              + " per congress, then the grand total with congressId ALL.")
  public List<DepartmentFigures> json(@BeanParam @Valid StatisticsQuery query) {
    return statistics.figures(
        query.congressId, query.rollUp(), query.term, query.session, query.year);
  }
}
