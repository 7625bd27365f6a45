package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.api.dto.VoterResponse;
import cn.gov.jinshan.congress.voting.service.RoundService;
import jakarta.annotation.security.RolesAllowed;
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

/** The entitled voters of the caller's congress, from the local copy of deputies. */
@Path("/api/v1/entitled-voters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entitled voters", description = "ACTIVE deputies of the congress's level (local copy)")
public class VoterResource {
  private final RoundService rounds;

  public VoterResource(RoundService rounds) {
    this.rounds = rounds;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "List entitled voters",
      description =
          "The congress's ACTIVE deputies of its own level (district deputies in the district,"
              + " town deputies in a town), ordered by name; paginated."
              + " congressId (default: the caller's) reads a town congress below the caller's with the"
              + " cross_congress role.")
  public Page<VoterResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);
    var rows =
        rounds.entitledVoters(congressId, after.text(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(rows, size, VoterResponse::from, d -> Keyset.token(d.name(), d.id()));
  }
}
