package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.Answers.Answer;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.api.dto.CoSignerResponse;
import cn.gov.jinshan.congress.suggestions.api.dto.ContactResponse;
import cn.gov.jinshan.congress.suggestions.api.dto.DossierResponse;
import cn.gov.jinshan.congress.suggestions.api.dto.ReferralResponse;
import cn.gov.jinshan.congress.suggestions.api.dto.ReplyResponse;
import cn.gov.jinshan.congress.suggestions.api.dto.SuggestionResponse;
import cn.gov.jinshan.congress.suggestions.api.dto.SuggestionSummary;
import cn.gov.jinshan.congress.suggestions.api.dto.TaskResponse;
import cn.gov.jinshan.congress.suggestions.query.ItemCursor;
import cn.gov.jinshan.congress.suggestions.query.ItemSort;
import cn.gov.jinshan.congress.suggestions.service.AnswerInvitation;
import cn.gov.jinshan.congress.suggestions.service.DepartmentService;
import cn.gov.jinshan.congress.suggestions.service.DossierService;
import cn.gov.jinshan.congress.suggestions.service.DraftSuggestion;
import cn.gov.jinshan.congress.suggestions.service.Evaluate;
import cn.gov.jinshan.congress.suggestions.service.EvaluationService;
import cn.gov.jinshan.congress.suggestions.service.GiveOpinion;
import cn.gov.jinshan.congress.suggestions.service.HandlingService;
import cn.gov.jinshan.congress.suggestions.service.InviteCoSigners;
import cn.gov.jinshan.congress.suggestions.service.ItemDossier;
import cn.gov.jinshan.congress.suggestions.service.PostReply;
import cn.gov.jinshan.congress.suggestions.service.RecordContact;
import cn.gov.jinshan.congress.suggestions.service.ReferItem;
import cn.gov.jinshan.congress.suggestions.service.ReferralService;
import cn.gov.jinshan.congress.suggestions.service.ReplyService;
import cn.gov.jinshan.congress.suggestions.service.ReportFulfilled;
import cn.gov.jinshan.congress.suggestions.service.SendBack;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService;
import cn.gov.jinshan.congress.suggestions.service.SuggestionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Suggestions and motions (代表建议、议案). State transitions are sub-resources; transitions accept an
 * optional If-Match (checked when sent), the draft update requires it. This class holds the
 * deputies' drafting and the departments' handling; staff's review steps are in {@link
 * ReviewResource}, on the same path.
 */
@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "代表建议、议案: drafting, review, handling, evaluation")
public class SuggestionResource {

  private final SuggestionService items;
  private final HandlingService handling;
  private final ReplyService replies;
  private final EvaluationService evaluations;
  private final IdempotentRequests idempotent;
  private final ReferralService referrals;
  private final DepartmentService departments;
  private final DossierService dossiers;

  public SuggestionResource(
      SuggestionService items,
      HandlingService handling,
      ReplyService replies,
      EvaluationService evaluations,
      IdempotentRequests idempotent,
      ReferralService referrals,
      DepartmentService departments,
      DossierService dossiers) {
    this.departments = departments;
    this.dossiers = dossiers;
    this.referrals = referrals;
    this.items = items;
    this.handling = handling;
    this.replies = replies;
    this.evaluations = evaluations;
    this.idempotent = idempotent;
  }

  @GET
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "List items",
      description =
          "What the caller may see: a deputy own and co-signed items, a department items assigned"
              + " to it, staff and auditors all of their congress. Filters: state, kind, category,"
              + " departmentId, delegationId, term, session, overdue, key; q is a Chinese substring"
              + " of title or content (e.g. q=农村公路). Order by sort (default -createdAt, newest"
              + " first; also createdAt, registrationNumber, dueOn; another value is a 400); pass"
              + " nextPageToken back as pageToken with the same sort (another sort is a 400)."
              + " congressId (default: the caller's) reads a town congress below the"
              + " caller's: staff, admin or auditor with the cross_congress role.")
  public Page<SuggestionSummary> list(
      @BeanParam @Valid ItemFilter filter,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    ItemSort sort = filter.sort();
    ItemCursor after = ItemPageToken.read(pageToken, sort);
    SuggestionService.Listed listed =
        items.list(filter.toSearch(sort, after), Keyset.fetchSize(size));
    return Page.of(
        listed.rows(),
        size,
        s -> SuggestionSummary.from(s, listed.deputies(), listed.today(), listed.departments()),
        s -> ItemPageToken.after(sort, s));
  }

  @POST
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Write a draft",
      description =
          "The calling deputy (ACTIVE) becomes the lead. State, number, deadlines and departments"
              + " are set by the server only. Honours Idempotency-Key.")
  public Response create(
      @Valid @NotNull DraftSuggestion request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          SuggestionView view = items.create(request);
          UUID id = view.suggestion().id();
          return Answers.created(uri, id, SuggestionResponse.from(view))
              .version(view.suggestion().version())
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "One item", description = "404 when the caller may not read it.")
  public Response get(@PathParam("id") UUID id) {
    return ok(items.get(id));
  }

  @GET
  @Path("/{id}/dossier")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "One item with its contacts, replies and attachments",
      description =
          "What GET /{id}, /{id}/contacts, /{id}/replies and /{id}/attachments answer, read"
              + " together: one request and one state of the item for a page that shows all of it."
              + " ETag: the item's version. 404 when the caller may not read it.")
  public Response dossier(@PathParam("id") UUID id) {
    ItemDossier dossier = dossiers.dossierOf(id);
    return Answers.ok(DossierResponse.from(dossier))
        .version(dossier.view().suggestion().version())
        .build();
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Edit a draft or returned item",
      description = "Lead deputy only; requires If-Match. A submitted item is frozen (409).")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull DraftSuggestion request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    items.update(id, request, ifMatch);
    return ok(items.get(id));
  }

  @GET
  @Path("/{id}/co-signers")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "Co-signers and their answers")
  public List<CoSignerResponse> coSigners(@PathParam("id") UUID id) {
    SuggestionView view = items.get(id);
    return view.coSigners().stream().map(c -> CoSignerResponse.from(c, view.deputies())).toList();
  }

  @POST
  @Path("/{id}/co-signers")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Invite co-signers (附议)",
      description = "Lead only, while DRAFT or RETURNED; each invitee must be an ACTIVE deputy.")
  public Response invite(@PathParam("id") UUID id, @Valid @NotNull InviteCoSigners request) {
    return ok(items.invite(id, request));
  }

  @POST
  @Path("/{id}/co-signers/{deputyId}/answer")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Accept or decline an invitation",
      description = "The invited deputy only; accepting requires being ACTIVE.")
  public Response answer(
      @PathParam("id") UUID id,
      @PathParam("deputyId") UUID deputyId,
      @Valid @NotNull AnswerInvitation request) {
    return ok(items.answer(id, deputyId, request.accept()));
  }

  @POST
  @Path("/{id}/submit")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Submit",
      description =
          "Lead only. A motion needs the configured minimum of deputies (default 10, lead"
              + " included) who accepted; fewer is a 422.")
  public Response submit(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(items.submit(id, ifMatch));
  }

  @POST
  @Path("/{id}/referrals")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Refer to another level (转交上级)",
      description =
          "Staff of a town congress refer a submitted or registered, unassigned suggestion: target"
              + " DISTRICT creates a submitted item in the district congress (referredFromId /"
              + " referredToId link both); target CITY is only recorded and needs cityReference."
              + " The item becomes REFERRED and keeps its history; other states 409.")
  @APIResponse(
      responseCode = "201",
      description = "The referral; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReferralResponse.class)))
  public Response refer(
      @PathParam("id") UUID id,
      @Valid @NotNull ReferItem request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return changed(
        Answers.created(ReferralResponse.from(referrals.refer(id, request, ifMatch))), id);
  }

  @GET
  @Path("/{id}/referrals")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "Referrals of the item to other levels")
  public List<ReferralResponse> referrals(@PathParam("id") UUID id) {
    return referrals.referralsOf(id).stream().map(ReferralResponse::from).toList();
  }

  @GET
  @Path("/{id}/tasks")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "Department tasks of the item")
  public List<TaskResponse> tasks(@PathParam("id") UUID id) {
    return handling.tasksOf(id).stream().map(this::task).toList();
  }

  @POST
  @Path("/{id}/tasks/{taskId}/sign-for")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "Sign for the task (签收)",
      description = "The task's own department; the lead's signature starts IN_PROGRESS.")
  @APIResponse(
      responseCode = "200",
      description = "The task; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskResponse.class)))
  public Response signFor(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
    return changed(Answers.ok(task(handling.signFor(id, taskId))), id);
  }

  @POST
  @Path("/{id}/tasks/{taskId}/send-back")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "Send the task back (退办)",
      description =
          "Within the send-back window (10 days after assignment), with a reason. A lead's"
              + " send-back returns the item to REGISTERED for reassignment.")
  @APIResponse(
      responseCode = "200",
      description = "The task; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskResponse.class)))
  public Response sendBack(
      @PathParam("id") UUID id,
      @PathParam("taskId") UUID taskId,
      @Valid @NotNull SendBack request) {
    return changed(Answers.ok(task(handling.sendBack(id, taskId, request))), id);
  }

  @POST
  @Path("/{id}/tasks/{taskId}/opinion")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(summary = "A co-handler's opinion to the lead department (协办意见)")
  @APIResponse(
      responseCode = "200",
      description = "The task; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TaskResponse.class)))
  public Response opinion(
      @PathParam("id") UUID id,
      @PathParam("taskId") UUID taskId,
      @Valid @NotNull GiveOpinion request) {
    return changed(Answers.ok(task(handling.giveOpinion(id, taskId, request))), id);
  }

  @GET
  @Path("/{id}/contacts")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "Contacts with the deputy")
  public List<ContactResponse> contacts(@PathParam("id") UUID id) {
    return handling.contactsOf(id).stream().map(ContactResponse::from).toList();
  }

  @POST
  @Path("/{id}/contacts")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "Record a contact with the deputy (沟通联系)",
      description = "Date (not in the future), way, summary. Needed before a reply.")
  @APIResponse(
      responseCode = "201",
      description = "The contact; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ContactResponse.class)))
  public Response recordContact(@PathParam("id") UUID id, @Valid @NotNull RecordContact request) {
    return changed(Answers.created(ContactResponse.from(handling.recordContact(id, request))), id);
  }

  @GET
  @Path("/{id}/replies")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "Replies, one per handling round",
      description = "Co-signers read them too; a merged item shows its target's replies.")
  public List<ReplyResponse> replies(@PathParam("id") UUID id) {
    return replies.repliesOf(id).stream().map(this::reply).toList();
  }

  @POST
  @Path("/{id}/replies")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "Post the formal reply (答复)",
      description =
          "Lead department only, IN_PROGRESS or REHANDLING, after a recorded contact (else 422)."
              + " Class B needs promisedOn.")
  @APIResponse(
      responseCode = "201",
      description = "The reply; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReplyResponse.class)))
  public Response reply(@PathParam("id") UUID id, @Valid @NotNull PostReply request) {
    return changed(Answers.created(reply(replies.reply(id, request))), id);
  }

  @POST
  @Path("/{id}/follow-ups")
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(
      summary = "Report a B-class promise fulfilled (跟踪落实)",
      description = "Takes the item off the follow-up list.")
  @APIResponse(
      responseCode = "200",
      description = "The reply; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ReplyResponse.class)))
  public Response followUp(@PathParam("id") UUID id, @Valid @NotNull ReportFulfilled request) {
    return changed(Answers.ok(reply(replies.reportFulfilled(id, request))), id);
  }

  @POST
  @Path("/{id}/evaluation")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(
      summary = "Evaluate the reply (满意度测评)",
      description =
          "Lead deputy, within 20 working days of the reply. DISSATISFIED sends it to"
              + " REHANDLING (1 month) while rounds remain (default 1); otherwise CLOSED.")
  public Response evaluate(
      @PathParam("id") UUID id,
      @Valid @NotNull Evaluate request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    evaluations.evaluate(id, request, ifMatch);
    return ok(items.get(id));
  }

  /**
   * The answer of a change to a part of the item (task, contact, reply, extension, referral): the
   * part in the body, the item's new ETag, and a link to the item, so that the next step needs no
   * extra read.
   */
  private TaskResponse task(cn.gov.jinshan.congress.suggestions.domain.HandlingTask t) {
    return TaskResponse.from(t, departments.names(t.congressId()));
  }

  private ReplyResponse reply(cn.gov.jinshan.congress.suggestions.domain.Reply r) {
    return ReplyResponse.from(r, departments.names(r.congressId()));
  }

  private Response changed(Answer answer, UUID id) {
    return withItem(answer, id, items.versionOf(id));
  }

  static Response withItem(Answer answer, UUID id, long version) {
    return answer.version(version).up("/api/v1/suggestions/" + id).build();
  }

  static Response ok(SuggestionView view) {
    return Answers.ok(SuggestionResponse.from(view)).version(view.suggestion().version()).build();
  }
}
