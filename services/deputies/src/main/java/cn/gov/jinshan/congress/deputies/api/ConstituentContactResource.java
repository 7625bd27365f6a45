package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.ConstituentContactResponse;
import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import cn.gov.jinshan.congress.deputies.service.ConstituentContactService;
import cn.gov.jinshan.congress.deputies.service.LinkSuggestion;
import cn.gov.jinshan.congress.deputies.service.RecordConstituentContact;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.http.IdempotentRequests;
import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.paging.PageToken;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
@Tag(name = "Constituent contacts", description = "联系群众")
public class ConstituentContactResource {
  private final ConstituentContactService contacts;
  private final IdempotentRequests idempotent;

  public ConstituentContactResource(
      ConstituentContactService contacts, IdempotentRequests idempotent) {
    this.contacts = contacts;
    this.idempotent = idempotent;
  }

  @GET
  @Path("/deputies/{deputyId}/constituent-contacts")
  @Operation(summary = "A deputy's constituent contacts, newest first")
  public Page<ConstituentContactResponse> list(
      @PathParam("deputyId") UUID deputyId,
      @QueryParam("limit") @Min(1) @Max(Page.MAX_LIMIT) Integer limit,
      @QueryParam("pageToken") String pageToken) {
    Paging.Keyset<LocalDate> after = Paging.dateKeyset(pageToken);
    int size = Paging.limit(limit);
    var rows = contacts.page(deputyId, after.after(), after.afterId(), Paging.fetchSize(size));
    return Page.of(
        rows,
        size,
        ConstituentContactResponse::from,
        c -> PageToken.encode(c.receivedOn().toString(), c.id().toString()));
  }

  @POST
  @Path("/deputies/{deputyId}/constituent-contacts")
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
          return Response.created(
                  UriBuilder.fromUri(uri.getBaseUri())
                      .path("api/v1/constituent-contacts")
                      .path(c.id().toString())
                      .build())
              .tag(Etags.of(c.version()))
              .entity(ConstituentContactResponse.from(c))
              .build();
        });
  }

  @GET
  @Path("/constituent-contacts/{id}")
  @Operation(summary = "One constituent contact")
  public Response get(@PathParam("id") UUID id) {
    ConstituentContact c = contacts.get(id);
    return Response.ok(ConstituentContactResponse.from(c)).tag(Etags.of(c.version())).build();
  }

  @PUT
  @Path("/constituent-contacts/{id}/suggestion")
  @Operation(
      summary = "Link the suggestion this opinion became",
      description = "Closes the loop citizen → deputy → department. Requires If-Match.")
  public Response linkSuggestion(
      @PathParam("id") UUID id,
      @Valid @NotNull LinkSuggestion request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    ConstituentContact c = contacts.linkSuggestion(id, request, ifMatch);
    return Response.ok(ConstituentContactResponse.from(c)).tag(Etags.of(c.version())).build();
  }
}
