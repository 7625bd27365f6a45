package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.http.Answers;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.api.dto.SuggestionResponse;
import cn.gov.jinshan.congress.suggestions.service.MotionReview;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService;
import cn.gov.jinshan.congress.suggestions.service.SuggestionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The review of submitted motions (议案): accepted, or converted to a suggestion. */
@Path("/api/v1/motions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Motions", description = "议案: acceptance or conversion to a suggestion")
public class MotionResource {
  private final MotionReview review;
  private final SuggestionService items;

  public MotionResource(MotionReview review, SuggestionService items) {
    this.review = review;
    this.items = items;
  }

  @POST
  @Path("/{id}/acceptance")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Accept the motion (立案)", description = "SUBMITTED motions only.")
  public Response accept(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    review.acceptMotion(id, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }

  @POST
  @Path("/{id}/conversion")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Convert to a suggestion (转为建议)",
      description =
          "Creates a SUBMITTED suggestion with the same authors; returns it. The motion becomes"
              + " CONVERTED with convertedToId, the suggestion carries convertedFromId.")
  public Response convert(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    UUID created = review.convertMotion(id, ifMatch).id();
    SuggestionView view = items.get(created);
    return Answers.created(
            URI.create("/api/v1/suggestions/" + created), SuggestionResponse.from(view))
        .version(view.suggestion().version())
        .build();
  }
}
