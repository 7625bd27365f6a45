package cn.gov.jinshan.congress.deputies.api;

import cn.gov.jinshan.congress.deputies.api.dto.ConstituentContactResponse;
import cn.gov.jinshan.congress.deputies.domain.ConstituentContact;
import cn.gov.jinshan.congress.deputies.service.ConstituentContactService;
import cn.gov.jinshan.congress.deputies.service.LinkSuggestion;
import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/constituent-contacts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.DEPUTY})
@Tag(name = "Constituent contacts", description = "联系群众")
public class ConstituentContactResource {
  private final ConstituentContactService contacts;

  public ConstituentContactResource(ConstituentContactService contacts) {
    this.contacts = contacts;
  }

  @GET
  @Operation(summary = "One constituent contact")
  public Response get(@PathParam("id") UUID id) {
    ConstituentContact c = contacts.get(id);
    return Answers.ok(ConstituentContactResponse.from(c)).version(c.version()).build();
  }

  @PUT
  @Path("/suggestion")
  @Operation(
      summary = "Link the suggestion this opinion became",
      description = "Closes the loop citizen → deputy → department. Requires If-Match.")
  public Response linkSuggestion(
      @PathParam("id") UUID id,
      @Valid @NotNull LinkSuggestion request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    ConstituentContact c = contacts.linkSuggestion(id, request, ifMatch);
    return Answers.ok(ConstituentContactResponse.from(c)).version(c.version()).build();
  }
}
