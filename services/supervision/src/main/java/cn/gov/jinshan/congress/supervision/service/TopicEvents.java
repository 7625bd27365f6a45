package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.contracts.supervision.AttendanceRecorded;
import cn.gov.jinshan.congress.contracts.supervision.EvaluationCompleted;
import cn.gov.jinshan.congress.contracts.supervision.HearingHeld;
import cn.gov.jinshan.congress.contracts.supervision.OpinionIssued;
import cn.gov.jinshan.congress.contracts.supervision.RectificationOverdue;
import cn.gov.jinshan.congress.contracts.supervision.RectificationReported;
import cn.gov.jinshan.congress.contracts.supervision.TopicCancelled;
import cn.gov.jinshan.congress.contracts.supervision.TopicPlanned;
import cn.gov.jinshan.congress.contracts.supervision.TopicStatusChanged;
import cn.gov.jinshan.congress.contracts.supervision.VisitRecorded;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.supervision.domain.Evaluation;
import cn.gov.jinshan.congress.supervision.domain.Hearing;
import cn.gov.jinshan.congress.supervision.domain.Opinion;
import cn.gov.jinshan.congress.supervision.domain.Outcome;
import cn.gov.jinshan.congress.supervision.domain.RectificationReport;
import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import cn.gov.jinshan.congress.supervision.domain.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Publishes what happened to a topic through the outbox, in the caller's transaction, by the
 * caller: the one place where a topic's facts become the events of {@code congress.supervision.v1}.
 */
@ApplicationScoped
public class TopicEvents {
  private final OutboxWriter outbox;
  private final CurrentUser user;

  public TopicEvents(OutboxWriter outbox, CurrentUser user) {
    this.outbox = outbox;
    this.user = user;
  }

  void planned(SupervisionTopic topic, SupervisionPlan plan) {
    outbox.append(
        new TopicPlanned(
            topic.id().toString(),
            topic.congressId(),
            plan.id().toString(),
            plan.year(),
            topic.title(),
            topic.kind().name(),
            topic.committee(),
            topic.departmentIds(),
            topic.plannedMeetingDate()),
        user.subject());
  }

  void cancelled(SupervisionTopic topic, SupervisionPlan plan) {
    outbox.append(
        new TopicCancelled(
            topic.id().toString(),
            topic.congressId(),
            topic.planId().toString(),
            plan.year(),
            topic.title(),
            topic.cancelReason(),
            topic.cancelledAt()),
        user.subject());
  }

  /** A transition, if the topic's status did change. */
  void statusChanged(SupervisionTopic topic, TopicStatus from) {
    if (from == topic.status()) {
      return;
    }
    outbox.append(
        new TopicStatusChanged(
            topic.id().toString(),
            topic.congressId(),
            from.name(),
            topic.status().name(),
            topic.hearingRound()),
        user.subject());
  }

  /** The deputies who took part get the visit on their performance record. */
  void visitRecorded(SupervisionTopic topic, Visit visit) {
    outbox.append(
        new VisitRecorded(
            topic.id().toString(),
            topic.congressId(),
            visit.id().toString(),
            topic.title(),
            visit.kind().name(),
            visit.visitedOn(),
            visit.place(),
            visit.deputyIds().stream().map(UUID::toString).toList()),
        user.subject());
  }

  void hearingHeld(SupervisionTopic topic, Hearing hearing) {
    outbox.append(
        new HearingHeld(
            topic.id().toString(),
            topic.congressId(),
            hearing.id().toString(),
            hearing.round(),
            hearing.meetingDate(),
            hearing.reportDepartment(),
            hearing.attachments().size(),
            hearing.presentMemberIds()),
        user.subject());
  }

  void attendanceRecorded(SupervisionTopic topic, LocalDate meetingDate, List<UUID> deputies) {
    outbox.append(
        new AttendanceRecorded(
            topic.id().toString(),
            topic.congressId(),
            topic.title(),
            meetingDate,
            deputies.stream().map(UUID::toString).toList()),
        user.subject());
  }

  void opinionIssued(SupervisionTopic topic, Opinion opinion) {
    outbox.append(
        new OpinionIssued(
            topic.id().toString(),
            topic.congressId(),
            opinion.id().toString(),
            opinion.hearingRound(),
            opinion.issuedOn(),
            opinion.rectificationDeadline(),
            topic.departmentIds()),
        user.subject());
  }

  void evaluationCompleted(SupervisionTopic topic, Evaluation evaluation, Outcome outcome) {
    outbox.append(
        new EvaluationCompleted(
            evaluation.id().toString(),
            evaluation.congressId(),
            topic.id().toString(),
            evaluation.subject().name(),
            evaluation.meetingDate(),
            evaluation.satisfied(),
            evaluation.basicallySatisfied(),
            evaluation.dissatisfied(),
            evaluation.presentMembers().size(),
            outcome.name()),
        user.subject());
  }

  void rectificationReported(
      SupervisionTopic topic, Opinion opinion, RectificationReport report, String department) {
    outbox.append(
        new RectificationReported(
            topic.id().toString(),
            topic.congressId(),
            opinion.id().toString(),
            department,
            opinion.rectificationDeadline(),
            report.reportedAt(),
            report.late()),
        user.subject());
  }

  /**
   * A rectification report missing after its deadline; found by the scheduler, which has no caller
   * and names itself as the actor.
   */
  void rectificationOverdue(SupervisionTopic topic, Opinion opinion, String actor) {
    outbox.append(
        new RectificationOverdue(
            topic.id().toString(),
            topic.congressId(),
            opinion.id().toString(),
            topic.departmentIds(),
            opinion.rectificationDeadline()),
        actor);
  }
}
