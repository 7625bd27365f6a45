package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.voting.api.dto.BoardEntryResponse;
import cn.gov.jinshan.congress.voting.api.dto.ProjectResponse;
import cn.gov.jinshan.congress.voting.api.dto.RatingsResponse;
import cn.gov.jinshan.congress.voting.api.dto.RecountResponse;
import cn.gov.jinshan.congress.voting.api.dto.ResultResponse;
import cn.gov.jinshan.congress.voting.service.ProjectService;
import cn.gov.jinshan.congress.voting.service.PublishedResults;
import cn.gov.jinshan.congress.voting.service.PublishedResults.Published;
import cn.gov.jinshan.congress.voting.service.PublishedResults.Recount;
import cn.gov.jinshan.congress.voting.service.ReceiptLookup;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What anyone may read once the ballot is closed: result, board, recount, receipt lookup. */
@Path("/api/v1/public/livelihood-rounds/{id}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public ballot board", description = "公开: result, ballot board, recount, receipts")
public class PublicBallotResource {
  private final PublishedResults ballots;
  private final ProjectService projects;

  public PublicBallotResource(PublishedResults ballots, ProjectService projects) {
    this.ballots = ballots;
    this.projects = projects;
  }

  @GET
  @Path("/result")
  @Operation(summary = "The published result of a round's ballot")
  public ResultResponse result(@PathParam("id") UUID id) {
    Published p = ballots.publicResult(id);
    return ResultResponse.from(p.result(), p.tally(), p.round());
  }

  @GET
  @Path("/board")
  @Operation(
      summary = "The public ballot board",
      description =
          "Every counted ballot as (receipt hash, marks), ordered by receipt hash - a random"
              + " permutation, unrelated to the order of casting. No deputy, no time. Page with"
              + " pageToken. The board digest in the result is SHA-256 over the lines"
              + " '<receiptHash>:<candidateId>=<CHOICE>,...\\n' (candidates by id) in this order.")
  public Page<BoardEntryResponse> board(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    String after = Keyset.read(pageToken, KeyType.TEXT).text(0);
    if (after != null && !after.matches("[0-9a-f]{64}")) {
      throw cn.gov.jinshan.congress.platform.problem.ProblemException.badRequest(
          "page-token.invalid");
    }
    var rows = ballots.board(id, after, Keyset.fetchSize(size));
    return Page.of(rows, size, BoardEntryResponse::from, e -> Keyset.token(e.receiptHash()));
  }

  @GET
  @Path("/recount")
  @Operation(
      summary = "Recount the public board",
      description =
          "Counts the board ballot by ballot with the rule of the result and compares votes,"
              + " outcomes, ballot count and board digest with the published result.")
  public RecountResponse recount(@PathParam("id") UUID id) {
    Recount r = ballots.recount(id);
    return new RecountResponse(
        r.matchesPublishedResult(),
        r.ballotsOnBoard(),
        r.boardDigest(),
        r.publishedBoardDigest(),
        r.recount());
  }

  @POST
  @Path("/receipt-lookups")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Find a ballot by its receipt code",
      description =
          "The code goes in the body, never in the URL, so no access log holds it; the server"
              + " hashes it and returns that ballot's line of the board, or 404.")
  public BoardEntryResponse lookup(
      @PathParam("id") UUID id, @Valid @NotNull ReceiptLookup request) {
    return BoardEntryResponse.from(ballots.lookup(id, request.code()));
  }

  @GET
  @Path("/projects")
  @Operation(
      summary = "The selected projects and their year-end ratings",
      description = "Published once the round is FINISHED.")
  public List<RatedProjectResponse> projects(@PathParam("id") UUID id) {
    return projects.publicRatings(id).stream()
        .map(
            r ->
                new RatedProjectResponse(
                    ProjectResponse.from(r.project()),
                    RatingsResponse.of(r.project().id(), r.project().title(), r.ratings())))
        .toList();
  }

  /** A project with its rating. */
  public record RatedProjectResponse(ProjectResponse project, RatingsResponse ratings) {}
}
