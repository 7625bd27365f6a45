package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.contracts.supervision.AppointeeReviewed;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PastEvents;
import cn.gov.jinshan.congress.supervision.domain.Appointee;
import cn.gov.jinshan.congress.supervision.domain.Attendee;
import cn.gov.jinshan.congress.supervision.domain.Evaluation;
import cn.gov.jinshan.congress.supervision.domain.Outcome;
import cn.gov.jinshan.congress.supervision.domain.Rating;
import cn.gov.jinshan.congress.supervision.repository.AppointeeRepository;
import cn.gov.jinshan.congress.supervision.repository.EvaluationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Appointments (任免) and performance reviews (述职评议): the appointee's department submits the report,
 * the members present rate it once each, and the result is kept on the appointee's record.
 */
@ApplicationScoped
public class AppointeeService {
  private final AppointeeRepository appointees;
  private final EvaluationRepository evaluations;
  private final EvaluationService evaluationRules;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final CongressScope scope;
  private final CommitteeMemberService members;
  private final PastEvents pastEvents;
  private final Clock clock;

  public AppointeeService(
      AppointeeRepository appointees,
      EvaluationRepository evaluations,
      EvaluationService evaluationRules,
      OutboxWriter outbox,
      CurrentUser user,
      CongressScope scope,
      CommitteeMemberService members,
      PastEvents pastEvents,
      Clock clock) {
    this.appointees = appointees;
    this.evaluations = evaluations;
    this.evaluationRules = evaluationRules;
    this.outbox = outbox;
    this.user = user;
    this.scope = scope;
    this.members = members;
    this.pastEvents = pastEvents;
    this.clock = clock;
  }

  @Transactional
  public Appointee appoint(Appoint command) {
    pastEvents.requireNotFuture("appointedOn", command.appointedOn());
    Appointee appointee =
        Appointee.appoint(
            user.congressId(),
            command.personName(),
            command.post(),
            command.departmentId(),
            command.appointedOn(),
            clock.instant());
    appointees.persist(appointee);
    return appointee;
  }

  @Transactional
  public Appointee update(UUID id, Appoint command, String ifMatch) {
    Appointee appointee = require(id);
    Etags.requireMatch(ifMatch, appointee.version());
    pastEvents.requireNotFuture("appointedOn", command.appointedOn());
    appointee.update(
        command.personName(),
        command.post(),
        command.departmentId(),
        command.appointedOn(),
        clock.instant());
    return appointee;
  }

  /**
   * Staff, members and auditors read any; a department only its own appointees: another
   * department's are absent for it (404, ADR 014).
   */
  @Transactional
  public Appointee readable(UUID id) {
    Appointee appointee =
        appointees
            .findByIdOptional(id)
            .filter(a -> scope.visible(a.congressId()))
            .orElseThrow(() -> ProblemException.notFound("appointee", id));
    if (user.hasRole(Roles.DEPARTMENT)
        && !user.hasAnyRole(Roles.STAFF, Roles.ADMIN, Roles.AUDITOR, Roles.COMMITTEE_MEMBER)
        && !appointee.departmentId().equals(user.departmentId().orElse(null))) {
      throw ProblemException.notFound("appointee", id);
    }
    return appointee;
  }

  @Transactional
  public List<Appointee> list(String congressId, String afterName, UUID afterId, int limit) {
    return appointees.list(scope.readable(congressId), afterName, afterId, limit);
  }

  @Transactional
  public List<Evaluation> reviews(UUID id) {
    Appointee appointee = readable(id);
    return evaluations.ofAppointee(appointee.congressId(), appointee.id());
  }

  @Transactional
  public AppointeeStep<Evaluation> openReview(UUID id, OpenReview command) {
    Appointee appointee = require(id);
    pastEvents.requireNotFuture("meetingDate", command.meetingDate());
    List<Attendee> present = Attendances.attendees(command.attendees());
    members.requireServing(
        appointee.congressId(),
        present.stream().map(Attendee::memberId).filter(Objects::nonNull).toList(),
        command.meetingDate());
    Evaluation review =
        Evaluation.ofAppointee(
            appointee,
            command.meetingDate(),
            command.reportText() == null || command.reportText().isBlank()
                ? null
                : command.reportText().strip(),
            present.stream().map(Attendee::memberId).filter(Objects::nonNull).toList(),
            clock.instant());
    evaluations.persistAndFlush(review); // one open review per appointee (unique index)
    return new AppointeeStep<>(appointee, review);
  }

  /** The appointee's own department submits the report (述职报告). */
  @Transactional
  public AppointeeStep<Evaluation> submitReport(
      UUID id, UUID reviewId, ReportRectification command) {
    Appointee appointee = require(id);
    if (!appointee.departmentId().equals(user.departmentId().orElse(null))) {
      throw ProblemException.notFound("appointee", id); // not readable for another department
    }
    Evaluation review = review(appointee, reviewId, LockModeType.PESSIMISTIC_WRITE);
    review.submitReport(command.text());
    return new AppointeeStep<>(appointee, review);
  }

  @Transactional
  public AppointeeStep<Rating> rate(UUID id, UUID reviewId, Rate command) {
    Appointee appointee = require(id);
    Evaluation review = review(appointee, reviewId, LockModeType.PESSIMISTIC_READ);
    if (review.reportText() == null) {
      throw ProblemException.businessRule("review.report.missing");
    }
    return new AppointeeStep<>(appointee, evaluationRules.rate(review, command));
  }

  @Transactional
  public AppointeeStep<Evaluation> complete(UUID id, UUID reviewId) {
    Appointee appointee = require(id);
    Evaluation review = review(appointee, reviewId, LockModeType.PESSIMISTIC_WRITE);
    Outcome outcome = evaluationRules.count(review);
    appointee.reviewed(outcome, review.meetingDate(), clock.instant());
    outbox.append(
        new AppointeeReviewed(
            appointee.id().toString(),
            appointee.congressId(),
            review.id().toString(),
            appointee.personName(),
            appointee.post(),
            appointee.departmentId(),
            review.meetingDate(),
            review.satisfied(),
            review.basicallySatisfied(),
            review.dissatisfied(),
            outcome.name()),
        user.subject());
    return new AppointeeStep<>(appointee, review);
  }

  private Appointee require(UUID id) {
    return appointees
        .findInCongress(user.congressId(), id)
        .orElseThrow(() -> ProblemException.notFound("appointee", id));
  }

  private Evaluation review(Appointee appointee, UUID reviewId, LockModeType lock) {
    return evaluations
        .lock(appointee.congressId(), reviewId, lock)
        .filter(e -> appointee.id().equals(e.appointeeId()))
        .orElseThrow(() -> ProblemException.notFound("review", reviewId));
  }
}
