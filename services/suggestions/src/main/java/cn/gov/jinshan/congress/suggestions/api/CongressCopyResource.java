package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * This service's copy of a congress (public reference data in the deputies service), as the
 * platform's {@link CongressScope} keeps it.
 */
@Path("/api/v1/suggestion-congresses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class CongressCopyResource {
  private final CongressScope congresses;

  public CongressCopyResource(CongressScope congresses) {
    this.congresses = congresses;
  }

  /** The copy as this service sees it. */
  public record CongressCopyResponse(
      String id, String name, String level, String parentId, int currentTerm, int currentSession) {}

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "A congress as known here",
      description =
          "Its current term and session (which number registrations) and its parent congress.")
  public CongressCopyResponse get(@PathParam("id") @Size(max = 40) String id) {
    return congresses
        .find(id)
        .map(
            c ->
                new CongressCopyResponse(
                    c.id(), c.name(), c.level(), c.parentId(), c.currentTerm(), c.currentSession()))
        .orElseThrow(() -> ProblemException.notFound("congress", id));
  }
}
