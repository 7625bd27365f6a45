package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.paging.PageToken;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.api.dto.HearingResponse;
import cn.gov.jinshan.congress.supervision.api.dto.OpinionResponse;
import cn.gov.jinshan.congress.supervision.api.dto.QuestionResponse;
import cn.gov.jinshan.congress.supervision.api.dto.RectificationResponse;
import cn.gov.jinshan.congress.supervision.api.dto.TopicResponse;
import cn.gov.jinshan.congress.supervision.api.dto.VisitResponse;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.repository.TopicRepository.TopicSearch;
import cn.gov.jinshan.congress.supervision.service.AnswerQuestion;
import cn.gov.jinshan.congress.supervision.service.AskQuestion;
import cn.gov.jinshan.congress.supervision.service.CancelTopic;
import cn.gov.jinshan.congress.supervision.service.HearingService;
import cn.gov.jinshan.congress.supervision.service.IssueOpinion;
import cn.gov.jinshan.congress.supervision.service.OpinionService;
import cn.gov.jinshan.congress.supervision.service.PlanTopic;
import cn.gov.jinshan.congress.supervision.service.QuestionService;
import cn.gov.jinshan.congress.supervision.service.RecordAttendance;
import cn.gov.jinshan.congress.supervision.service.RecordVisit;
import cn.gov.jinshan.congress.supervision.service.RectificationService;
import cn.gov.jinshan.congress.supervision.service.ReportRectification;
import cn.gov.jinshan.congress.supervision.service.ScheduleHearing;
import cn.gov.jinshan.congress.supervision.service.SubmitReport;
import cn.gov.jinshan.congress.supervision.service.TopicPlanning;
import cn.gov.jinshan.congress.supervision.service.TopicStep;
import cn.gov.jinshan.congress.supervision.service.Topics;
import cn.gov.jinshan.congress.supervision.service.VisitService;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supervision topics (监督议题) and their lifecycle: PLANNED → RESEARCH (看) → HEARING (听, 问) →
 * DELIBERATED → RECTIFYING → EVALUATED → CLOSED, with RE_REPORT back to a later HEARING.
 * Transitions run by staff need If-Match with the topic's ETag; an illegal one is a 409 naming the
 * state.
 */
@Path("/api/v1/supervision-topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision topics", description = "监督议题: 看、听、问, opinions, rectification")
public class TopicResource {
  private final Topics topics;
  private final TopicPlanning planning;
  private final VisitService visits;
  private final HearingService hearings;
  private final QuestionService questions;
  private final OpinionService opinions;
  private final RectificationService rectifications;
  private final IdempotentRequests idempotent;
  private final CurrentUser user;
  private final PastEvents pastEvents;

  public TopicResource(
      Topics topics,
      TopicPlanning planning,
      VisitService visits,
      HearingService hearings,
      QuestionService questions,
      OpinionService opinions,
      RectificationService rectifications,
      IdempotentRequests idempotent,
      CurrentUser user,
      PastEvents pastEvents) {
    this.topics = topics;
    this.planning = planning;
    this.visits = visits;
    this.hearings = hearings;
    this.questions = questions;
    this.opinions = opinions;
    this.rectifications = rectifications;
    this.idempotent = idempotent;
    this.user = user;
    this.pastEvents = pastEvents;
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
    int size = Paging.limit(limit);
    String title = q == null || q.isBlank() ? null : q.strip();
    var rows =
        topics.search(
            new TopicSearch(
                congressId, planId, status, kind, title, null, null, Paging.afterId(pageToken)),
            Paging.fetchSize(size));
    return Page.of(rows, size, TopicResponse::from, t -> PageToken.encode(t.id().toString()));
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

  // ---- 看 ----

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
    int size = Paging.limit(limit);
    var rows = visits.visits(id, Paging.afterId(pageToken), Paging.fetchSize(size));
    return Page.of(rows, size, VisitResponse::from, v -> PageToken.encode(v.id().toString()));
  }

  // ---- 听 ----

  @POST
  @Path("/{id}/hearing")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Schedule the hearing: RESEARCH or RE_REPORT → HEARING",
      description = "A re-report must be heard at a later meeting than the previous one. If-Match.")
  @APIResponseSchema(value = HearingResponse.class, responseCode = "201")
  public Response scheduleHearing(
      @PathParam("id") UUID id,
      @Valid @NotNull ScheduleHearing request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    TopicStep<Hearing> step = hearings.scheduleHearing(id, request, ifMatch);
    return hearing(Response.Status.CREATED, step);
  }

  @GET
  @Path("/{id}/hearing")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "The current hearing, or the given round")
  public HearingResponse hearing(
      @PathParam("id") UUID id, @QueryParam("round") @Min(1) Integer round) {
    return HearingResponse.from(hearings.hearing(id, round));
  }

  @GET
  @Path("/{id}/hearings")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "All hearing rounds (few per topic)")
  public List<HearingResponse> hearings(@PathParam("id") UUID id) {
    return hearings.hearings(id).stream().map(HearingResponse::from).toList();
  }

  @POST
  @Path("/{id}/hearing/report")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "The department submits its report to the hearing",
      description =
          "Only a responsible department, once per round, before attendance is recorded."
              + " Attachments are metadata only.")
  @APIResponseSchema(value = HearingResponse.class, responseCode = "200")
  public Response submitReport(@PathParam("id") UUID id, @Valid @NotNull SubmitReport request) {
    return hearing(Response.Status.OK, hearings.submitReport(id, request));
  }

  @POST
  @Path("/{id}/attendance")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Record the attendance: the hearing is held",
      description =
          "Members present may rate; deputies present are announced (AttendanceRecorded) for"
              + " their performance records. Once per hearing, after the report.")
  @APIResponseSchema(value = HearingResponse.class, responseCode = "200")
  public Response recordAttendance(
      @PathParam("id") UUID id, @Valid @NotNull RecordAttendance request) {
    return hearing(Response.Status.OK, hearings.recordAttendance(id, request));
  }

  // ---- 问 ----

  @POST
  @Path("/{id}/questions")
  @RolesAllowed({Roles.COMMITTEE_MEMBER, Roles.STAFF})
  @Operation(summary = "Ask a question at the hearing (问)", description = "Numbered in order.")
  @APIResponseSchema(value = QuestionResponse.class, responseCode = "201")
  public Response ask(@PathParam("id") UUID id, @Valid @NotNull AskQuestion request) {
    var step = questions.ask(id, request);
    return Answers.created(QuestionResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  @GET
  @Path("/{id}/questions")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.AUDITOR,
    Roles.COMMITTEE_MEMBER,
    Roles.DEPARTMENT,
    Roles.DEPUTY
  })
  @Operation(summary = "Questions and answers in the order asked, paginated")
  public Page<QuestionResponse> questions(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Paging.limit(limit);
    Integer after = Paging.number(pageToken);
    var rows = questions.questions(id, after == null ? 0 : after, Paging.fetchSize(size));
    return Page.of(
        rows, size, QuestionResponse::from, q -> PageToken.encode(String.valueOf(q.seq())));
  }

  @POST
  @Path("/{id}/questions/{questionId}/answer")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(summary = "The responsible department answers a question, once")
  @APIResponseSchema(value = QuestionResponse.class, responseCode = "200")
  public Response answer(
      @PathParam("id") UUID id,
      @PathParam("questionId") UUID questionId,
      @Valid @NotNull AnswerQuestion request) {
    var step = questions.answer(id, questionId, request);
    return Answers.ok(QuestionResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  // ---- opinions and rectification ----

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
    return ok(opinions.acknowledgeOpinion(id));
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

  private static Response hearing(Response.Status status, TopicStep<Hearing> step) {
    return Answers.of(status, HearingResponse.from(step.result()))
        .version(step.topic().version())
        .up(Links.of(step.topic()))
        .build();
  }

  private static Response ok(SupervisionTopic topic) {
    return Answers.ok(TopicResponse.from(topic)).version(topic.version()).build();
  }
}
