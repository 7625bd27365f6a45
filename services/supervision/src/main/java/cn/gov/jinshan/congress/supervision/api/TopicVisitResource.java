package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.VisitResponse;
import cn.gov.jinshan.congress.supervision.service.RecordVisit;
import cn.gov.jinshan.congress.supervision.service.VisitService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 看: the research and inspection visits of a supervision topic. Same path as {@link TopicResource};
 * the routes of a topic are split by what they do.
 */
@Path("/api/v1/supervision-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision topics", description = "监督议题: 看、听、问, opinions, rectification")
public class TopicVisitResource {
  private final VisitService visits;

  public TopicVisitResource(VisitService visits) {
    this.visits = visits;
  }

  @POST
  @Path("/{id}/visits")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Record a research or inspection visit (看)",
      description = "While RESEARCH (or RECTIFYING, for follow-up inspections).")
  @APIResponseSchema(value = VisitResponse.class, responseCode = "201")
  public Response recordVisit(@PathParam("id") UUID id, @Valid @NotNull RecordVisit request) {
    var step = visits.recordVisit(id, request);
    return Answers.created(VisitResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @GET
  @Path("/{id}/visits")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "The topic's visits, paginated")
  public Page<VisitResponse> visits(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        visits.visits(id, Keyset.read(pageToken, KeyType.UUID).uuid(0), Keyset.fetchSize(size));
    return Page.of(rows, size, VisitResponse::from, v -> Keyset.token(v.id()));
  }
}
