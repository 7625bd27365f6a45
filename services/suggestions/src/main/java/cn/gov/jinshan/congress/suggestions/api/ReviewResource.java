package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.service.AssignItem;
import cn.gov.jinshan.congress.suggestions.service.AssignmentService;
import cn.gov.jinshan.congress.suggestions.service.EvaluationService;
import cn.gov.jinshan.congress.suggestions.service.MarkKey;
import cn.gov.jinshan.congress.suggestions.service.MergeItem;
import cn.gov.jinshan.congress.suggestions.service.ReturnItem;
import cn.gov.jinshan.congress.suggestions.service.ReviewService;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/**
 * Staff's review steps on an item (代表建议、议案): register (立案), return, merge, assign (交办), mark for
 * key supervision, close without evaluation. Same path as {@link SuggestionResource}; each answers
 * with the item and its new ETag.
 */
@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions", description = "代表建议、议案: drafting, review, handling, evaluation")
public class ReviewResource {
  private final SuggestionService items;
  private final ReviewService review;
  private final AssignmentService assignments;
  private final EvaluationService evaluations;

  public ReviewResource(
      SuggestionService items,
      ReviewService review,
      AssignmentService assignments,
      EvaluationService evaluations) {
    this.items = items;
    this.review = review;
    this.assignments = assignments;
    this.evaluations = evaluations;
  }

  @POST
  @Path("/{id}/registration")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Register (立案)",
      description = "Gives the next number of the term and session, e.g. 6-3-0123; gapless.")
  public Response register(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    review.register(id, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }

  @POST
  @Path("/{id}/return")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(summary = "Return to the deputy for revision (退回修改)")
  public Response returnItem(
      @PathParam("id") UUID id,
      @Valid @NotNull ReturnItem request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    review.returnToDeputy(id, request, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }

  @POST
  @Path("/{id}/merge")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Merge into another item (并案)",
      description = "The target's replies are readable from this item; every author gets one.")
  public Response merge(
      @PathParam("id") UUID id,
      @Valid @NotNull MergeItem request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    review.merge(id, request, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }

  @POST
  @Path("/{id}/assignments")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Assign (交办)",
      description =
          "One lead department and any co-handlers, a task each. Handling deadline: 3 months"
              + " (configured); send-back window 10 days; co-handler opinion 1 month.")
  public Response assign(
      @PathParam("id") UUID id,
      @Valid @NotNull AssignItem request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    assignments.assign(id, request, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }

  @POST
  @Path("/{id}/closure")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Close without evaluation",
      description = "Only after the evaluation window passed; recorded as NOT_EVALUATED.")
  public Response close(
      @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    evaluations.closeUnevaluated(id, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }

  @PUT
  @Path("/{id}/key-supervision")
  @RolesAllowed({Roles.STAFF, Roles.ADMIN})
  @Operation(
      summary = "Mark for key supervision (重点督办)",
      description = "With the supervising Standing Committee leader; registered items only.")
  public Response markKey(
      @PathParam("id") UUID id,
      @Valid @NotNull MarkKey request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    review.markKey(id, request, ifMatch);
    return SuggestionResource.ok(items.get(id));
  }
}
