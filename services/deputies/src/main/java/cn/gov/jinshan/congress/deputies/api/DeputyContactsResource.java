package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.ConstituentContactResponse;
import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import cn.gov.jinshan.congress.deputies.service.ConstituentContactService;
import cn.gov.jinshan.congress.deputies.service.RecordConstituentContact;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/deputies/{deputyId}/constituent-contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
@Tag(name = "Constituent contacts", description = "联系群众")
public class DeputyContactsResource {
  private final ConstituentContactService contacts;
  private final IdempotentRequests idempotent;

  public DeputyContactsResource(ConstituentContactService contacts, IdempotentRequests idempotent) {
    this.contacts = contacts;
    this.idempotent = idempotent;
  }

  @GET
  @Operation(summary = "A deputy's constituent contacts, newest first")
  public Page<ConstituentContactResponse> list(
      @PathParam("deputyId") UUID deputyId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    Keyset after = Keyset.read(pageToken, KeyType.DATE, KeyType.UUID);
    int size = Keyset.limit(limit);
    var rows = contacts.page(deputyId, after.date(0), after.uuid(1), Keyset.fetchSize(size));
    return Page.of(
        rows, size, ConstituentContactResponse::from, c -> Keyset.token(c.receivedOn(), c.id()));
  }

  @POST
  @Operation(
      summary = "Record an opinion received from a constituent",
      description = "A deputy records their own; staff for anyone. Honours Idempotency-Key.")
  public Response record(
      @PathParam("deputyId") UUID deputyId,
      @Valid @NotNull RecordConstituentContact request,
      @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
      @Context UriInfo uri) {
    return idempotent.create(
        idempotencyKey,
        request,
        () -> {
          ConstituentContact c = contacts.record(deputyId, request);
          return Answers.created(
                  Answers.underBase(uri, "api/v1/constituent-contacts", c.id()),
                  ConstituentContactResponse.from(c))
              .version(c.version())
              .build();
        });
  }
}
