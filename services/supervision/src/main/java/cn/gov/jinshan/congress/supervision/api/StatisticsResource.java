package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.statistics.RollUp;
import cn.gov.jinshan.congress.supervision.service.StatisticsService;
import cn.gov.jinshan.congress.supervision.service.StatisticsService.Statistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/supervision-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "监督统计: topics per state and kind, rating outcomes")
public class StatisticsResource {
  private final StatisticsService statistics;

  public StatisticsResource(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER})
  @Operation(
      summary = "Statistics of a congress",
      description =
          "Topics per status and kind (of the plan of a year when given), completed evaluations"
              + " per subject and outcome (meetings of the year). congressId (default: the"
              + " caller's) reads a town below the caller's with the cross_congress role;"
              + " rollUp=true (cross_congress, own congress) adds its towns, with the figures per"
              + " congress.")
  public Statistics get(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("year") @Min(2000) @Max(2100) Integer year,
      @QueryParam(RollUp.PARAMETER)
          @Parameter(
              description = "true adds the towns below the caller's congress; false (default)",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"true", "false"},
                      defaultValue = "false"))
          String rollUp) {
    return statistics.of(congressId, year, RollUp.parse(rollUp));
  }
}
