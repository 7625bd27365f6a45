package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.paging.PageToken;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.api.dto.VoterResponse;
import cn.gov.jinshan.congress.voting.service.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@Tag(name = "Entitled voters", description = "ACTIVE district deputies (local copy)")
public class VoterResource {
  private final RoundService rounds;

  public VoterResource(RoundService rounds) {
    this.rounds = rounds;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "List entitled voters", description = "Ordered by name; paginated.")
  public Page<VoterResponse> list(
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Paging.limit(limit);
    var after = Paging.textKeyset(pageToken);
    var rows = rounds.entitledVoters(after.after(), after.afterId(), Paging.fetchSize(size));
    return Page.of(
        rows, size, VoterResponse::from, d -> PageToken.encode(d.name(), d.id().toString()));
  }
}
