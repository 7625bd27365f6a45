package cn.gov.jinshan.congress.console.api;

import cn.gov.jinshan.congress.console.api.model.Projects;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The voting service's selected livelihood projects as a handling unit uses them: the projects it
 * is responsible for and their progress reports.
 */
@RegisterRestClient(configKey = "platform-api")
@RegisterProvider(UserToken.class)
@Path("/api/v1/livelihood-projects")
@Produces(MediaType.APPLICATION_JSON)
public interface ProjectsApi {

  /** A department login sees only the projects it is responsible for. */
  @GET
  Projects.ProjectPage list(
      @QueryParam("limit") Integer limit, @QueryParam("pageToken") String pageToken);

  @GET
  @Path("/{id}")
  Projects.Project get(@PathParam("id") UUID id);

  @GET
  @Path("/{id}/progress-reports")
  Projects.ReportPage reports(@PathParam("id") UUID id, @QueryParam("limit") Integer limit);

  /** Only the responsible unit, while the round is being implemented (409 otherwise). */
  @POST
  @Path("/{id}/progress-reports")
  @Consumes(MediaType.APPLICATION_JSON)
  Response report(@PathParam("id") UUID id, Projects.ReportProgress report);

  @ClientExceptionMapper
  static PlatformProblem refused(Response response) {
    return PlatformProblem.from(response);
  }
}
