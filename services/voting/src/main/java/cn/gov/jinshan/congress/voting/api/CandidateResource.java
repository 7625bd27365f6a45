package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.api.dto.CandidateResponse;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.service.CandidateService;
import cn.gov.jinshan.congress.voting.service.ProposeCandidate;
import cn.gov.jinshan.congress.voting.service.ScreenCandidate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Candidate projects of a round: proposal and screening. */
@Path("/api/v1/livelihood-rounds/{roundId}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "候选项目: proposal (征集) and screening (论证初定)")
public class CandidateResource {
  private final CandidateService candidates;
  private final IdempotentRequests idempotent;

  public CandidateResource(CandidateService candidates, IdempotentRequests idempotent) {
    this.candidates = candidates;
    this.idempotent = idempotent;
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
      summary = "List candidates",
      description = "In proposal order; status=SHORTLISTED gives the ballot's candidates.")
  public Page<CandidateResponse> list(
      @PathParam("roundId") UUID roundId,
      @QueryParam("status") CandidateStatus status,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var after = Keyset.read(pageToken, KeyType.INSTANT, KeyType.UUID);
    var rows =
        candidates.list(roundId, status, after.instant(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(rows, size, CandidateResponse::from, c -> Keyset.token(c.createdAt(), c.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.DEPARTMENT, Roles.DEPUTY})
  @Operation(
      summary = "Propose a candidate project",
      description =
          "While COLLECTING. A department proposes for itself, a deputy for themselves (optionally"
              + " from their suggestion: suggestionId), staff on behalf of the public. Honours"
              + " Idempotency-Key.")
  public Response propose(
      @PathParam("roundId") UUID roundId,
      @Valid @NotNull ProposeCandidate request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          Candidate c = candidates.propose(roundId, request);
          return Answers.created(uri, c.id(), CandidateResponse.from(c))
              .version(c.version())
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
  @Operation(summary = "One candidate")
  public Response get(@PathParam("roundId") UUID roundId, @PathParam("id") UUID id) {
    return ok(candidates.get(roundId, id));
  }

  @POST
  @Path("/{id}/screening")
  @RolesAllowed(Roles.STAFF)
  @Operation(
      summary = "Screen a candidate",
      description =
          "While SCREENING: SHORTLISTED with feasibility, estimated cost and responsible"
              + " department, or REJECTED with a reason. Can be revised. Requires If-Match.")
  public Response screen(
      @PathParam("roundId") UUID roundId,
      @PathParam("id") UUID id,
      @Valid @NotNull ScreenCandidate request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(candidates.screen(roundId, id, request, ifMatch));
  }

  private static Response ok(Candidate c) {
    return Answers.ok(CandidateResponse.from(c)).version(c.version()).build();
  }
}
