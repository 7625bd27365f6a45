package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.AppointeeResponse;
import cn.gov.jinshan.congress.supervision.api.dto.EvaluationResponse;
import cn.gov.jinshan.congress.supervision.api.dto.RatingResponse;
import cn.gov.jinshan.congress.supervision.domain.Appointee;
import cn.gov.jinshan.congress.supervision.service.Appoint;
import cn.gov.jinshan.congress.supervision.service.AppointeeService;
import cn.gov.jinshan.congress.supervision.service.OpenReview;
import cn.gov.jinshan.congress.supervision.service.Rate;
import cn.gov.jinshan.congress.supervision.service.ReportRectification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Appointments (任免) by the Standing Committee and performance reviews (述职评议). */
@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "任免 and 述职评议: report, ratings, result on record")
public class AppointmentResource {
  private final AppointeeService appointees;
  private final IdempotentRequests idempotent;

  public AppointmentResource(AppointeeService appointees, IdempotentRequests idempotent) {
    this.appointees = appointees;
    this.idempotent = idempotent;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER})
  @Operation(
      summary = "List appointees",
      description =
          "By name; paginated. congressId (default: the caller's) reads a town congress below"
              + " the caller's with the cross_congress role.")
  public Page<AppointeeResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    Keyset after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);
    var rows = appointees.list(congressId, after.text(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(
        rows,
        size,
        a -> AppointeeResponse.from(a, null),
        a -> Keyset.token(a.personName(), a.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Record an appointment", description = "Honours Idempotency-Key.")
  public Response appoint(
      @Valid @NotNull Appoint request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          Appointee a = appointees.appoint(request);
          return Answers.created(uri, a.id(), AppointeeResponse.from(a, null))
              .version(a.version())
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER, Roles.DEPARTMENT})
  @Operation(
      summary = "One appointee with the record of their reviews",
      description = "A department reads only its own appointees.")
  public Response get(@PathParam("id") UUID id) {
    Appointee a = appointees.readable(id);
    var reviews = appointees.reviews(id).stream().map(EvaluationResponse::from).toList();
    return Answers.ok(AppointeeResponse.from(a, reviews)).version(a.version()).build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Correct an appointment record", description = "Requires If-Match.")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull Appoint request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Appointee a = appointees.update(id, request, ifMatch);
    return Answers.ok(AppointeeResponse.from(a, null)).version(a.version()).build();
  }

  @POST
  @Path("/{id}/reviews")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Open a performance review at a meeting",
      description = "With the members present (only they rate). One open review per appointee.")
  @APIResponseSchema(value = EvaluationResponse.class, responseCode = "201")
  public Response openReview(@PathParam("id") UUID id, @Valid @NotNull OpenReview request) {
    var step = appointees.openReview(id, request);
    return Answers.created(EvaluationResponse.from(step.result()))
        .version(step.appointee().version())
        .up(Links.of(step.appointee()))
        .build();
  }

  @POST
  @Path("/{id}/reviews/{reviewId}/report")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(summary = "The appointee's department submits the report (述职报告), once")
  @APIResponseSchema(value = EvaluationResponse.class, responseCode = "200")
  public Response submitReport(
      @PathParam("id") UUID id,
      @PathParam("reviewId") UUID reviewId,
      @Valid @NotNull ReportRectification request) {
    var step = appointees.submitReport(id, reviewId, request);
    return Answers.ok(EvaluationResponse.from(step.result()))
        .version(step.appointee().version())
        .up(Links.of(step.appointee()))
        .build();
  }

  @POST
  @Path("/{id}/reviews/{reviewId}/ratings")
  @RolesAllowed(Roles.COMMITTEE_MEMBER)
  @Operation(summary = "A present member rates the report, once")
  @APIResponseSchema(value = RatingResponse.class, responseCode = "201")
  public Response rate(
      @PathParam("id") UUID id,
      @PathParam("reviewId") UUID reviewId,
      @Valid @NotNull Rate request) {
    var step = appointees.rate(id, reviewId, request);
    return Answers.created(RatingResponse.from(step.result()))
        .version(step.appointee().version())
        .up(Links.of(step.appointee()))
        .build();
  }

  @POST
  @Path("/{id}/reviews/{reviewId}/completion")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Count the review",
      description = "The outcome, by the same configured rule, is kept on the appointee's record.")
  @APIResponseSchema(value = EvaluationResponse.class, responseCode = "200")
  public Response complete(@PathParam("id") UUID id, @PathParam("reviewId") UUID reviewId) {
    var step = appointees.complete(id, reviewId);
    return Answers.ok(EvaluationResponse.from(step.result()))
        .version(step.appointee().version())
        .up(Links.of(step.appointee()))
        .build();
  }
}
