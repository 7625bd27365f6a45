package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.repository.HearingRepository;
import cn.gov.jinshan.congress.supervision.repository.VisitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Object-level permissions on topics: staff, admins, auditors and committee members see every topic
 * of their congress; a department only the topics it is responsible for; a deputy only the topics
 * they took part in (a visit or a hearing).
 */
@ApplicationScoped
public class Access {
  private final CurrentUser user;
  private final VisitRepository visits;
  private final HearingRepository hearings;

  public Access(CurrentUser user, VisitRepository visits, HearingRepository hearings) {
    this.user = user;
    this.visits = visits;
    this.hearings = hearings;
  }

  public boolean seesAll() {
    return user.hasAnyRole(Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER);
  }

  public void requireReadable(SupervisionTopic topic) {
    if (seesAll()) {
      return;
    }
    if (user.hasRole(Roles.DEPARTMENT) && topic.isResponsible(user.departmentId().orElse(null))) {
      return;
    }
    if (user.hasRole(Roles.DEPUTY)) {
      UUID deputy = user.deputyId().orElse(null);
      if (deputy != null
          && (visits.tookPart(topic.id(), deputy.toString())
              || hearings.attended(topic.id(), deputy))) {
        return;
      }
    }
    throw ProblemException.forbidden("topic.not-readable");
  }

  /** The calling department, which must be responsible for the topic. */
  public String requireResponsibleDepartment(SupervisionTopic topic) {
    String department =
        user.departmentId().orElseThrow(() -> ProblemException.forbidden("department.claim"));
    if (!topic.isResponsible(department)) {
      throw ProblemException.forbidden("topic.not-own-department");
    }
    return department;
  }
}
