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
 * they took part in (a visit or a hearing). A topic the caller may not read is answered as absent
 * (404, ADR 014), so that its existence is not disclosed.
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
    throw ProblemException.notFound("topic", topic.id());
  }

  /**
   * The calling department, which must be responsible for the topic: another department may not
   * read it, so for it the topic is absent (404).
   */
  public String requireResponsibleDepartment(SupervisionTopic topic) {
    String department =
        user.departmentId().orElseThrow(() -> ProblemException.forbidden("department.claim"));
    if (!topic.isResponsible(department)) {
      throw ProblemException.notFound("topic", topic.id());
    }
    return department;
  }
}
