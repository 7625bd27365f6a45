package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.DeputyResponse;
import cn.gov.jinshan.congress.deputies.domain.Deputy;
import cn.gov.jinshan.congress.deputies.domain.DeputyLevel;
import cn.gov.jinshan.congress.deputies.domain.DeputyStatus;
import cn.gov.jinshan.congress.deputies.query.DeputySearch;
import cn.gov.jinshan.congress.deputies.service.ChangeStatus;
import cn.gov.jinshan.congress.deputies.service.CongressService;
import cn.gov.jinshan.congress.deputies.service.DeputyService;
import cn.gov.jinshan.congress.deputies.service.RegisterDeputy;
import cn.gov.jinshan.congress.deputies.service.UpdateProfile;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deputies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deputies", description = "代表: registration, profile, status, search")
public class DeputyResource {
  private final DeputyService deputies;
  private final IdempotentRequests idempotent;
  private final CongressService congresses;

  public DeputyResource(
      DeputyService deputies, IdempotentRequests idempotent, CongressService congresses) {
    this.deputies = deputies;
    this.idempotent = idempotent;
    this.congresses = congresses;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Search deputies",
      description =
          "By name substring (Chinese works, e.g. q=张), delegation, level, status; ordered by"
              + " name. Pass nextPageToken back as pageToken for the next page. congressId"
              + " (default: the caller's) reads a town congress below the caller's with the"
              + " cross_congress role.")
  public Page<DeputyResponse> search(
      @QueryParam("congressId") String congressId,
      @QueryParam("q") @Size(max = 50) String q,
      @QueryParam("delegationId") UUID delegationId,
      @QueryParam("level") DeputyLevel level,
      @QueryParam("status") DeputyStatus status,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    Keyset after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);
    int size = Keyset.limit(limit);
    String name = q == null || q.isBlank() ? null : q.strip();
    var rows =
        deputies.search(
            new DeputySearch(
                congresses.readableCongress(congressId),
                name,
                delegationId,
                level,
                status,
                after.text(0),
                after.uuid(1)),
            Keyset.fetchSize(size));
    return Page.of(rows, size, DeputyResponse::from, d -> Keyset.token(d.name(), d.id()));
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Register a deputy", description = "Honours Idempotency-Key.")
  public Response register(
      @Valid @NotNull RegisterDeputy request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          Deputy deputy = deputies.register(request);
          return Answers.created(uri, deputy.id(), DeputyResponse.from(deputy))
              .version(deputy.version())
              .build();
        });
  }

  @GET
  @Path("/me")
  @RolesAllowed(Roles.DEPUTY)
  @Operation(summary = "The calling deputy's own record")
  public Response me() {
    return ok(deputies.me());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
  @Operation(summary = "One deputy", description = "Staff: any; a deputy: only themselves.")
  public Response get(@PathParam("id") UUID id) {
    return ok(deputies.readable(id));
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Update a deputy's directory data", description = "Requires If-Match.")
  public Response update(
      @PathParam("id") UUID id,
      @Valid @NotNull RegisterDeputy request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(deputies.update(id, request, ifMatch));
  }

  @PUT
  @Path("/{id}/profile")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
  @Operation(
      summary = "Update profile fields",
      description = "Phone, email, occupation, biography. A deputy edits only their own.")
  public Response updateProfile(
      @PathParam("id") UUID id,
      @Valid @NotNull UpdateProfile request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(deputies.updateProfile(id, request, ifMatch));
  }

  @POST
  @Path("/{id}/status-changes")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Change a deputy's status",
      description = "ACTIVE ⇄ SUSPENDED, either to TERMINATED (final). Requires If-Match.")
  public Response changeStatus(
      @PathParam("id") UUID id,
      @Valid @NotNull ChangeStatus request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return ok(deputies.changeStatus(id, request, ifMatch));
  }

  private static Response ok(Deputy deputy) {
    return Answers.ok(DeputyResponse.from(deputy)).version(deputy.version()).build();
  }
}
