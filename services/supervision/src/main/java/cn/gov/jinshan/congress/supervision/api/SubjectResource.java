package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.api.dto.SubjectResponse;
import cn.gov.jinshan.congress.supervision.domain.SubjectSource;
import cn.gov.jinshan.congress.supervision.domain.SupervisionSubject;
import cn.gov.jinshan.congress.supervision.service.SubjectService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up subjects from other services: livelihood projects and key supervised suggestions. */
@Path("/api/v1/supervision-subjects")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER})
@Tag(name = "Supervision subjects", description = "民心工程实事项目 and 重点督办建议, fed by events")
public class SubjectResource {
  private final SubjectService subjects;

  public SubjectResource(SubjectService subjects) {
    this.subjects = subjects;
  }

  @GET
  @Operation(
      summary = "List subjects",
      description =
          "Filter by source; paginated. congressId (default: the caller's) reads a town congress"
              + " below the caller's with the cross_congress role.")
  public Page<SubjectResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("source") SubjectSource source,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    var rows =
        subjects.list(
            congressId,
            source,
            Keyset.read(pageToken, KeyType.UUID).uuid(0),
            Keyset.fetchSize(size));
    return Page.of(rows, size, s -> SubjectResponse.from(s, null), s -> Keyset.token(s.id()));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One subject with its progress history")
  public SubjectResponse get(@PathParam("id") UUID id) {
    SupervisionSubject subject = subjects.get(id);
    return SubjectResponse.from(subject, subjects.history(subject));
  }
}
