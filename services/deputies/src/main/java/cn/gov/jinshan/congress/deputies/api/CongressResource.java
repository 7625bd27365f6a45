package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.CongressResponse;
import cn.gov.jinshan.congress.deputies.domain.Congress;
import cn.gov.jinshan.congress.deputies.service.CongressService;
import cn.gov.jinshan.congress.deputies.service.RegisterCongress;
import cn.gov.jinshan.congress.deputies.service.UpdateCongress;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/congresses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Congresses", description = "区人大与各镇人大")
public class CongressResource {
  private final CongressService congresses;
  private final IdempotentRequests idempotent;

  public CongressResource(CongressService congresses, IdempotentRequests idempotent) {
    this.congresses = congresses;
    this.idempotent = idempotent;
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a congress", description = "Admin only. Honours Idempotency-Key.")
  public Response register(
      @Valid @NotNull RegisterCongress request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          Congress c = congresses.register(request);
          return Answers.created(
                  Answers.underBase(uri, "api/v1/public/congresses", c.id()),
                  CongressResponse.from(c))
              .version(c.version())
              .build();
        });
  }

  @PUT
  @Path("/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Rename a congress or move it to a new term or session (If-Match)")
  public Response update(
      @PathParam("id") String id,
      @Valid @NotNull UpdateCongress request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Congress c = congresses.update(id, request, ifMatch);
    return Answers.ok(CongressResponse.from(c)).version(c.version()).build();
  }
}
