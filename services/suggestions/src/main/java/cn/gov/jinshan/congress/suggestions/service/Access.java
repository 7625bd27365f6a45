package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
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
  private final CongressScope congresses;

  public Access(
      CurrentUser user,
      SuggestionRepository suggestions,
      CoSignerRepository coSigners,
      TaskRepository tasks,
      CongressScope congresses) {
    this.user = user;
    this.suggestions = suggestions;
    this.coSigners = coSigners;
    this.tasks = tasks;
    this.congresses = congresses;
  }

  public boolean seesAll() {
    return user.hasAnyRole(Roles.STAFF, Roles.ADMIN, Roles.AUDITOR);
  }

  public boolean isStaff() {
    return user.hasAnyRole(Roles.STAFF, Roles.ADMIN);
  }

  /**
   * The item, when the caller may read it; otherwise 404. Staff, admins and auditors with the
   * cross-congress role also read the items of the congresses directly below their own.
   */
  public Suggestion readable(UUID id) {
    Suggestion s =
        suggestions
            .findByIdOptional(id)
            .filter(this::inReadableCongress)
            .orElseThrow(() -> ProblemException.notFound("suggestion", id));
    if (!canRead(s)) {
      throw ProblemException.notFound("suggestion", id);
    }
    return s;
  }

  /** The item, readable and of the caller's own congress: reading across is not writing (403). */
  public Suggestion writable(UUID id) {
    Suggestion s = readable(id);
    if (!s.congressId().equals(user.congressId())) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    return s;
  }

  /** The item locked for a transition, when the caller may change it (404, or 403 across). */
  public Suggestion lockedReadable(UUID id) {
    // The access check reads the row before the lock. Were that copy kept, Hibernate would check
    // its version when locking, and a request that waited for another's change of the item would
    // fail as a concurrent modification instead of going on from the row that change left.
    suggestions.getEntityManager().detach(writable(id));
    return suggestions.lockInCongress(user.congressId(), id).orElseThrow();
  }

  private boolean inReadableCongress(Suggestion s) {
    return s.congressId().equals(user.congressId())
        || (seesAll() && congresses.visible(s.congressId()));
  }

  /**
   * The congress whose items a list or statistics read: the caller's own unless another is asked
   * for, which needs staff, admin or auditor and the cross-congress read rule (403 otherwise).
   */
  public String listedCongress(String requested) {
    if (requested == null || requested.isBlank() || requested.equals(user.congressId())) {
      return user.congressId();
    }
    if (!seesAll()) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    return congresses.readable(requested);
  }

  /** Whether the caller reads across congresses (the district's roll-up of its towns). */
  public boolean readsAcross() {
    return seesAll() && user.hasRole(Roles.CROSS_CONGRESS);
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
