package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.TopicResponse;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.query.TopicSearch;
import cn.gov.jinshan.congress.supervision.service.CancelTopic;
import cn.gov.jinshan.congress.supervision.service.PlanTopic;
import cn.gov.jinshan.congress.supervision.service.TopicPlanning;
import cn.gov.jinshan.congress.supervision.service.Topics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/**
 * Supervision topics (监督议题) and their lifecycle: PLANNED → RESEARCH (看) → HEARING (听, 问) →
 * DELIBERATED → RECTIFYING → EVALUATED → CLOSED, with RE_REPORT back to a later HEARING.
 * Transitions run by staff need If-Match with the topic's ETag; an illegal one is a 409 naming the
 * state. This class plans, changes, starts, cancels and closes topics; the steps in between have
 * their own resources on the same path: {@link TopicVisitResource} (看), {@link
 * TopicHearingResource} (听), {@link TopicQuestionResource} (问) and {@link TopicOpinionResource}
 * (opinions, rectification).
 */
@Path("/api/v1/supervision-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision topics", description = "监督议题: 看、听、问, opinions, rectification")
public class TopicResource {
  private final Topics topics;
  private final TopicPlanning planning;
  private final IdempotentRequests idempotent;

  public TopicResource(Topics topics, TopicPlanning planning, IdempotentRequests idempotent) {
    this.topics = topics;
    this.planning = planning;
    this.idempotent = idempotent;
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
  @Operation(
      summary = "Search topics",
      description =
          "By plan, status, kind, title substring (Chinese works, e.g. q=养老). A department sees"
              + " the topics it is responsible for, a deputy those they took part in. congressId"
              + " (default: the caller's) reads a town congress below the caller's with the"
              + " cross_congress role.")
  public Page<TopicResponse> search(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("planId") UUID planId,
      @QueryParam("status") TopicStatus status,
      @QueryParam("kind") TopicKind kind,
      @QueryParam("q") @Size(max = 50) String q,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    String title = q == null || q.isBlank() ? null : q.strip();
    var rows =
        topics.search(
            new TopicSearch(
                congressId,
                planId,
                status,
                kind,
                title,
                null,
                null,
                Keyset.read(pageToken, KeyType.UUID).uuid(0)),
            Keyset.fetchSize(size));
    return Page.of(rows, size, TopicResponse::from, t -> Keyset.token(t.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Put a topic on a plan", description = "Honours Idempotency-Key.")
  public Response plan(
      @Valid @NotNull PlanTopic request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          SupervisionTopic topic = planning.plan(request);
          return Answers.created(uri, topic.id(), TopicResponse.from(topic))
              .version(topic.version())
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "One topic")
  public Response get(@PathParam("id") UUID id) {
    return ok(topics.readable(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Change a planned topic", description = "Only while PLANNED. If-Match.")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull PlanTopic request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(planning.update(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/research")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Start research (看): PLANNED → RESEARCH", description = "If-Match.")
  public Response startResearch(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(planning.startResearch(id, ifMatch));
  }

  @POST
  @Path("/{id}/cancellation")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Cancel a topic planned by mistake: PLANNED → CANCELLED",
      description =
          "With a reason; only while PLANNED (once research began, deputies and members have"
              + " worked on it). The topic stays readable but no longer counts in its plan."
              + " TopicCancelled. If-Match.")
  @APIResponseSchema(value = TopicResponse.class, responseCode = "200")
  public Response cancel(
      @PathParam("id") UUID id,
      @Valid @NotNull CancelTopic request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(planning.cancel(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/closure")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Close an evaluated topic: EVALUATED → CLOSED", description = "If-Match.")
  public Response close(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(planning.close(id, ifMatch));
  }

  static Response ok(SupervisionTopic topic) {
    return Answers.ok(TopicResponse.from(topic)).version(topic.version()).build();
  }
}
