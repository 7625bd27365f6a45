package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.api.dto.ExtensionResponse;
import cn.gov.jinshan.congress.suggestions.service.DecideExtension;
import cn.gov.jinshan.congress.suggestions.service.ExtensionService;
import cn.gov.jinshan.congress.suggestions.service.RequestExtension;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Extension requests of an item's handling deadline (延期): the lead unit asks, staff decide. */
@Path("/api/v1/suggestions/{id}/extension-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class ExtensionResource {
  private final ExtensionService extensions;
  private final SuggestionService items;

  public ExtensionResource(ExtensionService extensions, SuggestionService items) {
    this.extensions = extensions;
    this.items = items;
  }

  @GET
  @RolesAllowed({Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(summary = "Extension requests of the item")
  public List<ExtensionResponse> extensions(@PathParam("id") UUID id) {
    return extensions.extensionsOf(id).stream().map(ExtensionResponse::from).toList();
  }

  @POST
  @RolesAllowed(Roles.DEPARTMENT)
  @Operation(summary = "Ask for a later deadline (延期申请)", description = "Lead department only.")
  @APIResponse(
      responseCode = "201",
      description = "The extension request; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExtensionResponse.class)))
  public Response requestExtension(
      @PathParam("id") UUID id, @Valid @NotNull RequestExtension request) {
    return SuggestionResource.withItem(
        Answers.created(ExtensionResponse.from(extensions.requestExtension(id, request))),
        id,
        items.versionOf(id));
  }

  @POST
  @Path("/{requestId}/decision")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Approve or reject an extension",
      description = "The total handling time stays within 6 months of assignment (else 422).")
  @APIResponse(
      responseCode = "200",
      description = "The extension request; ETag: the item's new version; Link: the item",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ExtensionResponse.class)))
  public Response decideExtension(
      @PathParam("id") UUID id,
      @PathParam("requestId") UUID requestId,
      @Valid @NotNull DecideExtension request) {
    return SuggestionResource.withItem(
        Answers.ok(
            ExtensionResponse.from(extensions.decideExtension(id, requestId, request.approve()))),
        id,
        items.versionOf(id));
  }
}
