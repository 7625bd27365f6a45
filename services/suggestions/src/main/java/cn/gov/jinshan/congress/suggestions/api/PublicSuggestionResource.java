package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.suggestions.api.dto.PublicSuggestion;
import cn.gov.jinshan.congress.suggestions.service.PublicationService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published replies (公开), no token needed. */
@Path("/api/v1/public/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public")
public class PublicSuggestionResource {
  private final PublicationService publication;
  private final CurrentUser user;

  public PublicSuggestionResource(PublicationService publication, CurrentUser user) {
    this.publication = publication;
    this.user = user;
  }

  @GET
  @Operation(
      summary = "Closed items with a publishable reply",
      description =
          "Newest closed first. Deputies appear by name and delegation only. congressId defaults"
              + " to the district congress.")
  public Page<PublicSuggestion> list(
      @QueryParam("congressId") @Size(max = 50) String congressId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    Keyset after = Keyset.read(pageToken, KeyType.INSTANT, KeyType.UUID);
    var rows =
        publication.list(
            user.congressAsked(congressId),
            after.instant(0),
            after.uuid(1),
            Keyset.fetchSize(size));
    return Page.of(
        rows,
        size,
        PublicSuggestion::from,
        p -> Keyset.token(p.suggestion().closedAt(), p.suggestion().id()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One published item", description = "404 unless closed and publishable.")
  public PublicSuggestion get(
      @PathParam("id") UUID id, @QueryParam("congressId") @Size(max = 50) String congressId) {
    return PublicSuggestion.from(publication.get(user.congressAsked(congressId), id));
  }
}
