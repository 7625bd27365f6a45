package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.api.dto.OpinionResponse;
import cn.gov.jinshan.congress.supervision.api.dto.RectificationResponse;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.service.IssueOpinion;
import cn.gov.jinshan.congress.supervision.service.OpinionService;
import cn.gov.jinshan.congress.supervision.service.RectificationService;
import cn.gov.jinshan.congress.supervision.service.ReportRectification;
import cn.gov.jinshan.congress.supervision.service.TopicStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The deliberation opinions on a topic and the department's rectification: issue, acknowledge,
 * report in writing. Same path as {@link TopicResource}; the routes of a topic are split by what
 * they do.
 */
@Path("/api/v1/supervision-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision topics", description = "监督议题: 看、听、问, opinions, rectification")
public class TopicOpinionResource {
  private final OpinionService opinions;
  private final RectificationService rectifications;
  private final PastEvents pastEvents;

  public TopicOpinionResource(
      OpinionService opinions, RectificationService rectifications, PastEvents pastEvents) {
    this.opinions = opinions;
    this.rectifications = rectifications;
    this.pastEvents = pastEvents;
  }

  @POST
  @Path("/{id}/opinion")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Issue deliberation opinions (审议意见): HEARING → DELIBERATED",
      description =
          "After the hearing was held. The rectification deadline defaults to issuedOn plus the"
              + " configured period (6 months). If-Match.")
  @APIResponseSchema(value = OpinionResponse.class, responseCode = "201")
  public Response issueOpinion(
      @PathParam("id") UUID id,
      @Valid @NotNull IssueOpinion request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    TopicStep<Opinion> step = opinions.issueOpinion(id, request, ifMatch);
    return Answers.created(opinion(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @GET
  @Path("/{id}/opinion")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "The opinions of the current round, with deadline and overdue flag")
  public OpinionResponse opinion(@PathParam("id") UUID id) {
    return opinion(opinions.opinion(id));
  }

  @POST
  @Path("/{id}/opinion/acknowledgement")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(summary = "The department takes the opinions on: DELIBERATED → RECTIFYING")
  public Response acknowledge(@PathParam("id") UUID id) {
    return TopicResource.ok(opinions.acknowledgeOpinion(id));
  }

  @POST
  @Path("/{id}/rectification")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "The department reports on its rectification in writing",
      description = "While RECTIFYING, once per requested report; late if after the deadline.")
  @APIResponseSchema(value = RectificationResponse.class, responseCode = "201")
  public Response reportRectification(
      @PathParam("id") UUID id, @Valid @NotNull ReportRectification request) {
    var step = rectifications.reportRectification(id, request);
    return Answers.created(RectificationResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @GET
  @Path("/{id}/rectification")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "The written rectification reports, oldest first")
  public List<RectificationResponse> rectifications(@PathParam("id") UUID id) {
    return rectifications.rectifications(id).stream().map(RectificationResponse::from).toList();
  }

  private OpinionResponse opinion(Opinion opinion) {
    return OpinionResponse.from(opinion, pastEvents.today());
  }
}
