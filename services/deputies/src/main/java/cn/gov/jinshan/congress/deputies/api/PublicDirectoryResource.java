package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.DirectoryEntry;
import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import cn.gov.jinshan.congress.deputies.query.DeputySearch;
import cn.gov.jinshan.congress.deputies.service.DeputyService;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public directory of serving deputies: name, delegation and level only. */
@Path("/api/v1/public/deputies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "公开信息")
public class PublicDirectoryResource {
  private final DeputyService deputies;

  public PublicDirectoryResource(DeputyService deputies) {
    this.deputies = deputies;
  }

  @GET
  @Operation(summary = "Directory of active deputies of a congress")
  public Page<DirectoryEntry> directory(
      @QueryParam("congressId") @DefaultValue("JS-DISTRICT") @Pattern(regexp = "[A-Z0-9-]{2,40}")
          String congressId,
      @QueryParam("q") @Size(max = 50) String q,
      @QueryParam("delegationId") UUID delegationId,
      @QueryParam("level") DeputyLevel level,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    Keyset after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);
    int size = Keyset.limit(limit);
    String name = q == null || q.isBlank() ? null : q.strip();
    var rows =
        deputies.search(
            new DeputySearch(
                congressId,
                name,
                delegationId,
                level,
                DeputyStatus.ACTIVE,
                after.text(0),
                after.uuid(1)),
            Keyset.fetchSize(size));
    return Page.of(rows, size, DirectoryEntry::from, d -> Keyset.token(d.name(), d.id()));
  }
}
