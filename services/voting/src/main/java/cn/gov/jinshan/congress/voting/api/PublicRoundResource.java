package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.voting.api.dto.PublicRoundResponse;
import cn.gov.jinshan.congress.voting.service.PublicRounds;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rounds anyone may see, so that a public page can offer each round's board and projects. */
@Path("/api/v1/public/livelihood-rounds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public ballot board", description = "公开: result, ballot board, recount, receipts")
public class PublicRoundResource {
  private final PublicRounds rounds;
  private final CurrentUser user;

  public PublicRoundResource(PublicRounds rounds, CurrentUser user) {
    this.rounds = rounds;
    this.user = user;
  }

  @GET
  @Operation(
      summary = "The rounds of a congress, newest year first",
      description =
          "Public fields only: year, title, phase and its label, the ballot's day and check-in"
              + " window, whether the result is published, and how many projects were proposed,"
              + " shortlisted and selected; nothing about voters. Cancelled rounds are left out."
              + " congressId defaults to the district congress; pass nextPageToken back.")
  public Page<PublicRoundResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var after = Keyset.read(pageToken, KeyType.NUMBER, KeyType.UUID);
    var rows =
        rounds.page(
            user.congressAsked(congressId),
            after.integer(0),
            after.uuid(1),
            Keyset.fetchSize(size));
    return Page.of(
        rows, size, PublicRoundResponse::from, r -> Keyset.token(r.round().year(), r.round().id()));
  }
}
