package cn.gov.jinshan.congress.console.session;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at the page: anonymous or a logged-in person with their roles and the workspaces
 * those roles open. Templates read it as {@code inject:viewer}.
 */
@RequestScoped
@Named("viewer")
public class Viewer {
  public static final String DEPUTY = "deputy";
  public static final String DEPARTMENT = "department";

  private final SecurityIdentity identity;
  private final DisplayNames displayNames;
  private String name;

  public Viewer(SecurityIdentity identity, DisplayNames displayNames) {
    this.identity = identity;
    this.displayNames = displayNames;
  }

  public boolean isLoggedIn() {
    return !identity.isAnonymous();
  }

  public boolean isDeputy() {
    return identity.hasRole(DEPUTY);
  }

  public boolean isDepartment() {
    return identity.hasRole(DEPARTMENT);
  }

  /**
   * The Chinese name the platform knows the person by (a deputy's name, a unit's name), else their
   * login name; not the identity provider's display name, which is English.
   */
  public String getName() {
    if (identity.isAnonymous()) {
      return "";
    }
    if (name == null) {
      String login = claim("preferred_username");
      String fallback =
          login == null || login.isBlank() ? identity.getPrincipal().getName() : login;
      String subject = claim("sub");
      if (subject == null) {
        name = fallback;
      } else if (isDeputy()) {
        name = displayNames.deputy(subject, fallback);
      } else if (isDepartment() && getDepartmentId() != null) {
        name = displayNames.department(subject, getDepartmentId(), fallback);
      } else {
        name = fallback;
      }
    }
    return name;
  }

  /** The handling unit's code of a department login ({@code department_id}), or null. */
  public String getDepartmentId() {
    return claim("department_id");
  }

  /** The deputy id of a deputy login ({@code deputy_id}), or null. */
  public String getDeputyId() {
    return claim("deputy_id");
  }

  /** The congress the person belongs to ({@code congress_id}), or null. */
  public String getCongressId() {
    return claim("congress_id");
  }

  /** The workspaces the person's roles open, in the order the home page offers them. */
  public List<Workspace> getWorkspaces() {
    List<Workspace> workspaces = new ArrayList<>();
    if (isDeputy()) {
      workspaces.add(Workspace.DEPUTY);
    }
    if (isDepartment()) {
      workspaces.add(Workspace.DEPARTMENT);
    }
    return workspaces;
  }

  private String claim(String name) {
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      Object value = token.getClaim(name);
      return value == null ? null : value.toString();
    }
    return null;
  }
}
