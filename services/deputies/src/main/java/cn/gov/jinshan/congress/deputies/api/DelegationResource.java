package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.DelegationResponse;
import cn.gov.jinshan.congress.deputies.domain.Delegation;
import cn.gov.jinshan.congress.deputies.service.CreateDelegation;
import cn.gov.jinshan.congress.deputies.service.DelegationService;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations", description = "代表团/代表小组")
public class DelegationResource {
  private final DelegationService delegations;
  private final IdempotentRequests idempotent;
  private final CurrentUser user;

  public DelegationResource(
      DelegationService delegations, IdempotentRequests idempotent, CurrentUser user) {
    this.delegations = delegations;
    this.idempotent = idempotent;
    this.user = user;
  }

  @GET
  @RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
  @Operation(summary = "The delegations of the caller's congress (about a dozen; not paged)")
  public List<DelegationResponse> list() {
    return delegations.list(user.congressId()).stream().map(DelegationResponse::from).toList();
  }

  @POST
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Create a delegation", description = "Honours Idempotency-Key.")
  public Response create(
      @Valid @NotNull CreateDelegation request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          Delegation d = delegations.create(request);
          return Answers.created(uri, d.id(), DelegationResponse.from(d))
              .version(d.version())
              .build();
        });
  }
}
