package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.api.dto.CommitteeMemberResponse;
import cn.gov.jinshan.congress.supervision.domain.CommitteeMember;
import cn.gov.jinshan.congress.supervision.service.CommitteeMemberService;
import cn.gov.jinshan.congress.supervision.service.RegisterMember;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The members of the Standing Committee (常委会组成人员) and their terms, so that front ends offer them by
 * name for attendance; attendance and ratings must name members serving on the day.
 */
@Path("/api/v1/committee-members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committee members", description = "常委会组成人员 by term")
public class CommitteeMemberResource {
  private final CommitteeMemberService members;
  private final IdempotentRequests idempotent;
  private final PastEvents pastEvents;

  public CommitteeMemberResource(
      CommitteeMemberService members, IdempotentRequests idempotent, PastEvents pastEvents) {
    this.members = members;
    this.idempotent = idempotent;
    this.pastEvents = pastEvents;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER})
  @Operation(
      summary = "List the members",
      description =
          "By name; those serving today unless all=true; term filters one term. Paginated."
              + " congressId (default: the caller's) reads a town congress below the caller's"
              + " with the cross_congress role.")
  public Page<CommitteeMemberResponse> list(
      @QueryParam("congressId") @Pattern(regexp = "[A-Za-z0-9-]{1,40}") String congressId,
      @QueryParam("all") boolean all,
      @QueryParam("term") @Min(1) @Max(99) Integer term,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    int size = Keyset.limit(limit);
    Keyset after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);
    var rows =
        members.list(congressId, all, term, after.text(0), after.uuid(1), Keyset.fetchSize(size));
    var today = pastEvents.today();
    return Page.of(
        rows,
        size,
        m -> CommitteeMemberResponse.from(m, today),
        m -> Keyset.token(m.name(), m.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Register a member for a term",
      description = "Once per member and term (409). Honours Idempotency-Key.")
  @APIResponseSchema(value = CommitteeMemberResponse.class, responseCode = "201")
  public Response register(
      @Valid @NotNull RegisterMember request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          CommitteeMember m = members.register(request);
          return Answers.created(uri, m.id(), CommitteeMemberResponse.from(m, pastEvents.today()))
              .version(m.version())
              .build();
        });
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Correct a membership (name, dates; e.g. it ended early)",
      description = "The member and term stay. Requires If-Match.")
  @APIResponseSchema(value = CommitteeMemberResponse.class, responseCode = "200")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull RegisterMember request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    CommitteeMember m = members.update(id, request, ifMatch);
    return Answers.ok(CommitteeMemberResponse.from(m, pastEvents.today()))
        .version(m.version())
        .build();
  }
}
