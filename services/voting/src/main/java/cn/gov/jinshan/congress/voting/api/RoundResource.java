package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.api.dto.CheckInResponse;
import cn.gov.jinshan.congress.voting.api.dto.ReceiptResponse;
import cn.gov.jinshan.congress.voting.api.dto.ResultResponse;
import cn.gov.jinshan.congress.voting.api.dto.RoundResponse;
import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.service.BallotCasting;
import cn.gov.jinshan.congress.voting.service.BallotCasting.CastReceipt;
import cn.gov.jinshan.congress.voting.service.BallotClosing;
import cn.gov.jinshan.congress.voting.service.CancelRound;
import cn.gov.jinshan.congress.voting.service.CastBallot;
import cn.gov.jinshan.congress.voting.service.ChangePhase;
import cn.gov.jinshan.congress.voting.service.CheckInDeputy;
import cn.gov.jinshan.congress.voting.service.CreateRound;
import cn.gov.jinshan.congress.voting.service.IssuePaperBallot;
import cn.gov.jinshan.congress.voting.service.PublishedResults;
import cn.gov.jinshan.congress.voting.service.PublishedResults.Published;
import cn.gov.jinshan.congress.voting.service.ResolveTie;
import cn.gov.jinshan.congress.voting.service.RoundService;
import cn.gov.jinshan.congress.voting.service.VoterCheckIn;
import cn.gov.jinshan.congress.voting.service.VoterCheckIn.CheckedIn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The yearly round: phases, check-in, the secret ballot, closing and the official result. */
@Path("/api/v1/livelihood-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Livelihood rounds", description = "民心工程实事项目票决: yearly round, check-in, ballot, result")
public class RoundResource {
  private static final String RECEIPT_NOTE =
      "Keep this code: it is shown once and stored nowhere. After the ballot closes, find your"
          + " ballot on the public board with it.";

  private final RoundService rounds;
  private final VoterCheckIn checkIn;
  private final BallotCasting casting;
  private final BallotClosing closing;
  private final PublishedResults published;
  private final IdempotentRequests idempotent;
  private final CurrentUser user;

  public RoundResource(
      RoundService rounds,
      VoterCheckIn checkIn,
      BallotCasting casting,
      BallotClosing closing,
      PublishedResults published,
      IdempotentRequests idempotent,
      CurrentUser user) {
    this.rounds = rounds;
    this.checkIn = checkIn;
    this.casting = casting;
    this.closing = closing;
    this.published = published;
    this.idempotent = idempotent;
    this.user = user;
  }

  @GET
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(
      summary = "List rounds",
      description =
          "Newest year first; pass nextPageToken back."
              + " congressId (default: the caller's) reads a town congress below the caller's with the"
              + " cross_congress role.")
  public Page<RoundResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var after = Keyset.read(pageToken, KeyType.NUMBER, KeyType.UUID);
    var rows = rounds.list(congressId, after.integer(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(rows, size, RoundResponse::from, r -> Keyset.token(r.year(), r.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Open the yearly round",
      description =
          "One per congress and year, in COLLECTING, with N (projects to select) and the dates of"
              + " the phases and the check-in window. Honours Idempotency-Key.")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "409", description = "A round for that year exists")
  public Response create(
      @Valid @NotNull CreateRound request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          VotingRound round = rounds.create(request);
          return Answers.created(uri, round.id(), RoundResponse.from(round))
              .version(round.version())
              .build();
        });
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(summary = "One round")
  public Response get(@PathParam("id") UUID id) {
    return ok(rounds.get(id));
  }

  @POST
  @Path("/{id}/phase")
  @RolesAllowed(Roles.STAFF)
  @Operation(
      summary = "Move the round to its next phase",
      description =
          "One step at a time: COLLECTING → SCREENING → VOTING → IMPLEMENTING → EVALUATING →"
              + " FINISHED. VOTING opens the ballot (all candidates screened, more shortlisted than"
              + " N) and fixes the number of entitled deputies; IMPLEMENTING needs a final result."
              + " 409 names the current phase. CANCELLED is reached only through POST"
              + " cancellation. Requires If-Match.")
  public Response changePhase(
      @PathParam("id") UUID id,
      @Valid @NotNull ChangePhase request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(rounds.changePhase(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/cancellation")
  @RolesAllowed(Roles.STAFF)
  @Operation(
      summary = "Cancel a round opened by mistake",
      description =
          "Only before the ballot opens (COLLECTING or SCREENING), with a reason; the round stays"
              + " on record as CANCELLED and its year is free for another round. 409 names the"
              + " current phase once the ballot has opened. Requires If-Match.")
  @APIResponse(responseCode = "200", description = "Cancelled; the round with its new ETag")
  @APIResponse(responseCode = "409", description = "The ballot has opened")
  public Response cancel(
      @PathParam("id") UUID id,
      @Valid @NotNull CancelRound request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(rounds.cancel(id, request, ifMatch));
  }

  @GET
  @Path("/{id}/check-ins")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "Deputies checked in at the session", description = "Ordered by deputy id.")
  public Page<CheckInResponse> checkIns(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        checkIn.checkIns(id, Keyset.read(pageToken, KeyType.UUID).uuid(0), Keyset.fetchSize(size));
    return Page.of(rows, size, CheckInResponse::from, r -> Keyset.token(r.deputyId()));
  }

  @POST
  @Path("/{id}/check-ins")
  @RolesAllowed({Roles.STAFF, Roles.DEPUTY})
  @Operation(
      summary = "Check a deputy in (出席)",
      description =
          "Staff check in any entitled deputy while the ballot is open; a deputy checks in only"
              + " themselves, only inside the check-in window. Only checked-in deputies vote.")
  @APIResponse(responseCode = "201", description = "Checked in")
  @APIResponse(responseCode = "409", description = "Already checked in, or window/phase closed")
  public Response checkIn(@PathParam("id") UUID id, @Valid CheckInDeputy request) {
    CheckedIn checkedIn = checkIn.checkIn(id, request);
    return Answers.created(CheckInResponse.from(checkedIn.row()))
        .version(checkedIn.roundVersion())
        .link(roundPath(id), "round")
        .build();
  }

  @POST
  @Path("/{id}/ballots")
  @RolesAllowed({Roles.DEPUTY, Roles.STAFF})
  @Operation(
      summary = "Cast a ballot (deputy) or enter a paper ballot (staff)",
      description =
          "One mark (FOR / AGAINST / ABSTAIN) for every shortlisted candidate, at most N FOR."
              + " A deputy must be entitled and checked in, and has exactly one ballot (a second"
              + " is 409, also when sent concurrently). Staff enter paper ballots taken from the"
              + " box: no deputy, counted the same way, never more than were issued. The response"
              + " carries the receipt code once; only its SHA-256 is stored. The request and"
              + " response bodies of this route are never logged, and Idempotency-Key is not"
              + " honoured here (replaying would mean storing the receipt).")
  @APIResponse(responseCode = "201", description = "Ballot in the box; the receipt code")
  @APIResponse(responseCode = "403", description = "Not entitled or not checked in")
  @APIResponse(responseCode = "409", description = "Already voted, or the ballot is not open")
  @APIResponse(
      responseCode = "422",
      description = "Invalid ballot (over the FOR limit, incomplete)")
  public Response cast(@PathParam("id") UUID id, @Valid @NotNull CastBallot request) {
    CastReceipt receipt =
        user.hasRole(Roles.STAFF) ? casting.enterPaper(id, request) : casting.cast(id, request);
    return Answers.created(
            new ReceiptResponse(receipt.receiptCode(), receipt.paper(), RECEIPT_NOTE))
        .noStore()
        .build();
  }

  @POST
  @Path("/{id}/paper-ballot-issues")
  @RolesAllowed(Roles.STAFF)
  @Operation(
      summary = "Issue a paper ballot to a checked-in deputy (发票)",
      description =
          "Records that the deputy takes part on paper: it is their one ballot, so they can no"
              + " longer vote electronically. The paper comes back anonymously (POST ballots).")
  @APIResponse(responseCode = "204", description = "Issued")
  public Response issuePaper(@PathParam("id") UUID id, @Valid @NotNull IssuePaperBallot request) {
    casting.issuePaper(id, request);
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/close")
  @RolesAllowed(Roles.STAFF)
  @Operation(
      summary = "Close the ballot and count",
      description =
          "Checks the box against participation, counts by the configured rule (default: FOR"
              + " more than half of all entitled deputies, then the top N by FOR), publishes the"
              + " result and the board. A tie at the cut-off leaves the result TIE_PENDING for a"
              + " recorded decision. Requires the round's If-Match.")
  public Response close(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    RoundResult result = closing.close(id, ifMatch);
    return result(published.result(result.roundId()));
  }

  @GET
  @Path("/{id}/result")
  @RolesAllowed({
    Roles.STAFF,
    Roles.ADMIN,
    Roles.DEPUTY,
    Roles.DEPARTMENT,
    Roles.COMMITTEE_MEMBER,
    Roles.AUDITOR
  })
  @Operation(summary = "The official result", description = "ETag for the tie resolution.")
  public Response result(@PathParam("id") UUID id) {
    return result(published.result(id));
  }

  @POST
  @Path("/{id}/result/tie-resolution")
  @RolesAllowed(Roles.STAFF)
  @Operation(
      summary = "Resolve a tie at the cut-off",
      description =
          "Exactly the open seats, chosen among the TIED candidates, with the recorded decision."
              + " Requires the result's If-Match.")
  public Response resolveTie(
      @PathParam("id") UUID id,
      @Valid @NotNull ResolveTie request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    closing.resolveTie(id, request, ifMatch);
    return result(published.result(id));
  }

  /**
   * The result with its ETag (for a tie resolution); the body also carries the round's version
   * (roundVersion), which closing changed and which the next phase step needs as If-Match.
   */
  private static Response result(Published published) {
    return Answers.ok(ResultResponse.from(published.result(), published.tally(), published.round()))
        .version(published.result().version())
        .link(roundPath(published.round().id()), "round")
        .build();
  }

  /** A relative link to the round, so it is right behind the gateway too. */
  static String roundPath(UUID id) {
    return "/api/v1/livelihood-rounds/" + id;
  }

  private static Response ok(VotingRound round) {
    return Answers.ok(RoundResponse.from(round)).version(round.version()).build();
  }
}
