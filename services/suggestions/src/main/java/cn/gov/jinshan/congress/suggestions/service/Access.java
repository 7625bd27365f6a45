package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.CoSignerRepository;
import cn.gov.jinshan.congress.suggestions.repository.SuggestionRepository;
import cn.gov.jinshan.congress.suggestions.repository.TaskRepository;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Object-level access (domain.md §2): a deputy sees own and co-signed items, a department the items
 * assigned to it, staff, admins and auditors everything in their congress. What a caller may not
 * read is a 404, so that its existence does not leak; what they may read but not do is a 403.
 */
@RequestScoped
public class Access {
  private final CurrentUser user;
  private final SuggestionRepository suggestions;
  private final CoSignerRepository coSigners;
  private final TaskRepository tasks;

  public Access(
      CurrentUser user,
      SuggestionRepository suggestions,
      CoSignerRepository coSigners,
      TaskRepository tasks) {
    this.user = user;
    this.suggestions = suggestions;
    this.coSigners = coSigners;
    this.tasks = tasks;
  }

  public boolean seesAll() {
    return user.hasAnyRole(Roles.STAFF, Roles.ADMIN, Roles.AUDITOR);
  }

  public boolean isStaff() {
    return user.hasAnyRole(Roles.STAFF, Roles.ADMIN);
  }

  /** The item, when the caller may read it; otherwise 404. */
  public Suggestion readable(UUID id) {
    Suggestion s =
        suggestions
            .findInCongress(user.congressId(), id)
            .orElseThrow(() -> ProblemException.notFound("suggestion", id));
    if (!canRead(s)) {
      throw ProblemException.notFound("suggestion", id);
    }
    return s;
  }

  /** The item locked for a transition, when the caller may read it; otherwise 404. */
  public Suggestion lockedReadable(UUID id) {
    readable(id);
    return suggestions.lockInCongress(user.congressId(), id).orElseThrow();
  }

  public boolean canRead(Suggestion s) {
    if (seesAll()) {
      return true;
    }
    if (user.hasRole(Roles.DEPUTY) && user.deputyId().isPresent()) {
      UUID me = user.deputyId().get();
      if (s.isLead(me)
          || coSigners.isCoSigner(s.id(), me)
          || suggestions.count("mergedIntoId = ?1 and leadDeputyId = ?2", s.id(), me) > 0) {
        return true;
      }
    }
    if (user.hasRole(Roles.DEPARTMENT) && user.departmentId().isPresent()) {
      return tasks.activeOf(s.id(), user.departmentId().get()).isPresent();
    }
    return false;
  }

  /** The calling deputy's id; a deputy token without the claim may not act as a deputy. */
  public UUID deputy() {
    if (!user.hasRole(Roles.DEPUTY)) {
      throw ProblemException.forbidden("forbidden");
    }
    return user.deputyId().orElseThrow(() -> ProblemException.forbidden("deputy.no-claim"));
  }

  /** The calling department's id. */
  public String department() {
    if (!user.hasRole(Roles.DEPARTMENT)) {
      throw ProblemException.forbidden("forbidden");
    }
    return user.departmentId().orElseThrow(() -> ProblemException.forbidden("department.no-claim"));
  }

  /** The lead deputy only (edit, invite, submit, evaluate). */
  public void requireLead(Suggestion s) {
    if (!s.isLead(deputy())) {
      throw ProblemException.forbidden("suggestion.not-lead");
    }
  }

  /** The caller's department's active task on the item (403 when it has none). */
  public HandlingTask ownTask(Suggestion s) {
    String department = department();
    return tasks
        .activeOf(s.id(), department)
        .orElseThrow(() -> ProblemException.forbidden("task.not-assigned"));
  }

  public boolean isDeputyCaller() {
    return user.hasRole(Roles.DEPUTY);
  }

  public boolean isDepartmentCaller() {
    return user.hasRole(Roles.DEPARTMENT);
  }

  /** The department's active task; for follow-up after closing, also its finished lead task. */
  public HandlingTask ownTaskOrFormer(Suggestion s) {
    String department = department();
    return tasks.ofSuggestion(s.id()).stream()
        .filter(t -> t.departmentId().equals(department))
        .filter(t -> t.isActive())
        .findFirst()
        .orElseThrow(() -> ProblemException.forbidden("task.not-assigned"));
  }

  public String congressId() {
    return user.congressId();
  }

  public String actor() {
    return user.subject();
  }
}
