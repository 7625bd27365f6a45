package cn.gov.jinshan.congress.console.department;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.ProjectsApi;
import cn.gov.jinshan.congress.console.api.model.Projects;
import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.view.Notices;
import cn.gov.jinshan.congress.console.view.ProblemView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A handling unit's selected livelihood projects (民心工程): the ones it is responsible for, and on a
 * project's page its progress reports and the form for a new one (percentage and what was done).
 */
@Path("/department/projects")
@RolesAllowed(Viewer.DEPARTMENT)
@Produces(MediaType.TEXT_HTML)
public class ProjectProgressResource {
  static final int PAGE_SIZE = 50;
  private static final Set<String> REPORT_FIELDS = Set.of("percentage", "narrative");

  private final ProjectsApi projects;

  public ProjectProgressResource(@RestClient ProjectsApi projects) {
    this.projects = projects;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance projects(List<Projects.Project> projects, String nextPageToken);

    static native TemplateInstance project(
        Projects.Project project,
        List<Projects.ProgressReport> reports,
        Map<String, String> typed,
        String notice,
        ProblemView problem);
  }

  @GET
  public TemplateInstance list(@RestQuery String pageToken) {
    var page =
        projects.list(PAGE_SIZE, pageToken == null || pageToken.isBlank() ? null : pageToken);
    return Templates.projects(
        page.items() == null ? List.of() : page.items(), page.nextPageToken());
  }

  @GET
  @Path("{id}")
  public TemplateInstance project(@RestPath UUID id, @RestQuery String notice) {
    return page(id, Map.of(), Notices.text(notice), ProblemView.NONE);
  }

  @POST
  @Path("{id}/progress-reports")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object report(@RestPath UUID id, @RestForm String percentage, @RestForm String narrative) {
    Map<String, String> typed =
        Map.of(
            "percentage", percentage == null ? "" : percentage,
            "narrative", narrative == null ? "" : narrative);
    try {
      projects.report(id, new Projects.ReportProgress(whole(percentage), narrative));
    } catch (PlatformProblem refused) {
      if (refused.status() == 404 || refused.status() == 401 || refused.status() >= 500) {
        throw refused;
      }
      ProblemView problem = ProblemView.of(refused, REPORT_FIELDS, Map.of());
      return Response.status(400).entity(page(id, typed, problem.notice(), problem)).build();
    }
    return Response.seeOther(URI.create("/department/projects/" + id + "?notice=progress-reported"))
        .build();
  }

  private TemplateInstance page(
      UUID id, Map<String, String> typed, String notice, ProblemView problem) {
    return Templates.project(
        projects.get(id), projects.reports(id, PAGE_SIZE).newestFirst(), typed, notice, problem);
  }

  /**
   * The percentage as typed; anything that is not a whole number goes to the API as absent, which
   * names the field.
   */
  private static Integer whole(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
