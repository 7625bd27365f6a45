package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.EvaluationResponse;
import cn.gov.jinshan.congress.supervision.api.dto.RatingResponse;
import cn.gov.jinshan.congress.supervision.service.EvaluationService;
import cn.gov.jinshan.congress.supervision.service.OpenEvaluation;
import cn.gov.jinshan.congress.supervision.service.Rate;
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

/** Satisfaction evaluations (满意度测评) of a topic's report or rectification. */
@Path("/api/v1/supervision-topics/{topicId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Satisfaction evaluations", description = "满意度测评 by the members present")
public class EvaluationResource {
  private final EvaluationService evaluations;

  public EvaluationResource(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Open an evaluation",
      description =
          "REPORT: while HEARING, after attendance; the members present at the hearing rate."
              + " RECTIFICATION: while RECTIFYING, after the written report; give the meeting"
              + " date and attendance. One open evaluation per topic.")
  @APIResponseSchema(value = EvaluationResponse.class, responseCode = "201")
  public Response open(@PathParam("topicId") UUID topicId, @Valid @NotNull OpenEvaluation request) {
    var step = evaluations.open(topicId, request);
    return Answers.created(EvaluationResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "The topic's evaluations, paginated")
  public Page<EvaluationResponse> list(
      @PathParam("topicId") UUID topicId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        evaluations.list(
            topicId, Keyset.read(pageToken, KeyType.UUID).uuid(0), Keyset.fetchSize(size));
    return Page.of(rows, size, EvaluationResponse::from, e -> Keyset.token(e.id()));
  }

  @GET
  @Path("/{evaluationId}")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "One evaluation; counts once completed")
  public EvaluationResponse get(
      @PathParam("topicId") UUID topicId, @PathParam("evaluationId") UUID evaluationId) {
    return EvaluationResponse.from(evaluations.get(topicId, evaluationId));
  }

  @POST
  @Path("/{evaluationId}/ratings")
  @RolesAllowed(Roles.COMMITTEE_MEMBER)
  @Operation(
      summary = "Rate: 满意 / 基本满意 / 不满意",
      description =
          "Only a member present at the meeting (403 otherwise), once (409 on a second rating,"
              + " also under concurrent submission), while the evaluation is open.")
  @APIResponseSchema(value = RatingResponse.class, responseCode = "201")
  public Response rate(
      @PathParam("topicId") UUID topicId,
      @PathParam("evaluationId") UUID evaluationId,
      @Valid @NotNull Rate request) {
    var step = evaluations.rate(topicId, evaluationId, request);
    return Answers.created(RatingResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @POST
  @Path("/{evaluationId}/completion")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Count and publish",
      description =
          "不满意 over half of the votes cast → RE_REPORT (back to a later hearing); else 基本满意 +"
              + " 不满意 over half → WRITTEN_RECTIFICATION; else SATISFIED (shares configurable)."
              + " A satisfied rectification moves the topic to EVALUATED.")
  @APIResponseSchema(value = EvaluationResponse.class, responseCode = "200")
  public Response complete(
      @PathParam("topicId") UUID topicId, @PathParam("evaluationId") UUID evaluationId) {
    var step = evaluations.complete(topicId, evaluationId);
    return Answers.ok(EvaluationResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }
}
