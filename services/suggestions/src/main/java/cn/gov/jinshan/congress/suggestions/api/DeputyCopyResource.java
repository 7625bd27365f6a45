package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.service.DeputyCopyRows;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** This service's copy of a deputy (name, delegation, status), as events delivered it. */
@Path("/api/v1/suggestion-deputies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class DeputyCopyResource {
  private final DeputyCopyRows copies;
  private final CurrentUser user;

  public DeputyCopyResource(DeputyCopyRows copies, CurrentUser user) {
    this.copies = copies;
    this.user = user;
  }

  /** The copy as this service sees it. */
  public record DeputyCopyResponse(
      UUID id,
      String name,
      String delegationId,
      String delegationName,
      String status,
      boolean userLinked) {}

  @GET
  @Path("/{id}")
  @RolesAllowed({Roles.DEPUTY, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "A deputy as known here",
      description = "Whether they may submit and co-sign (status ACTIVE); names for pickers.")
  public DeputyCopyResponse get(@PathParam("id") UUID id) {
    return copies
        .findInCongress(user.congressId(), id)
        .map(
            c ->
                new DeputyCopyResponse(
                    c.id(),
                    c.name(),
                    c.delegationId(),
                    c.delegationName(),
                    c.status(),
                    c.userSubject() != null))
        .orElseThrow(() -> ProblemException.notFound("deputy", id));
  }
}
