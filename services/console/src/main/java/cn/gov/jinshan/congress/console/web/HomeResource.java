package cn.gov.jinshan.congress.console.web;

import cn.gov.jinshan.congress.console.session.Viewer;
import cn.gov.jinshan.congress.console.session.Workspace;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The home page (public), the login entry and the role switch. A logged-in person with one
 * workspace goes straight to it; with two they choose.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {
  private final Viewer viewer;

  public HomeResource(Viewer viewer) {
    this.viewer = viewer;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance home();

    static native TemplateInstance me(List<Workspace> workspaces);
  }

  @GET
  public Object home() {
    if (viewer.isLoggedIn()) {
      return workspace();
    }
    return Templates.home();
  }

  /** Needs a login (so it starts the login when there is none), then shows the workspace. */
  @GET
  @Path("login")
  @Authenticated
  public Response login() {
    return Response.seeOther(URI.create("/me")).build();
  }

  @GET
  @Path("me")
  @Authenticated
  public Object me() {
    return workspace();
  }

  private Object workspace() {
    List<Workspace> workspaces = viewer.getWorkspaces();
    if (workspaces.size() == 1) {
      return Response.seeOther(URI.create(workspaces.get(0).path())).build();
    }
    return Templates.me(workspaces);
  }
}
