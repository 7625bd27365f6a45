package cn.gov.jinshan.congress.supervision.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A supervision topic (监督议题) of an annual plan. It owns its lifecycle: every transition goes
 * through {@link #moveTo}, which refuses an illegal one (invalid state) naming the current state.
 */
@Entity
public class SupervisionTopic {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID planId;

  private String title;

  @Enumerated(EnumType.STRING)
  private TopicKind kind;

  private String committee;

  private LocalDate plannedMeetingDate;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "topic_department", joinColumns = @JoinColumn(name = "topic_id"))
  @Column(name = "department_id")
  private Set<String> departmentIds = new TreeSet<>();

  @Enumerated(EnumType.STRING)
  private TopicStatus status;

  private int hearingRound;

  private String cancelReason;

  private Instant cancelledAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected SupervisionTopic() {}

  public static SupervisionTopic plan(SupervisionPlan plan, TopicDetails details, Instant now) {
    SupervisionTopic topic = new SupervisionTopic();
    topic.id = UUID.randomUUID();
    topic.congressId = plan.congressId();
    topic.planId = plan.id();
    topic.status = TopicStatus.PLANNED;
    topic.createdAt = now;
    topic.update(details, now);
    return topic;
  }

  /** Changes the planned details; only while the topic is still PLANNED. */
  public void update(TopicDetails details, Instant now) {
    if (status != TopicStatus.PLANNED) {
      throw RuleViolation.invalidState("topic.not-editable", status, status.label());
    }
    this.title = details.title().strip();
    this.kind = details.kind();
    this.committee = details.committee().strip();
    this.plannedMeetingDate = details.plannedMeetingDate();
    this.departmentIds.clear();
    details.departmentIds().forEach(d -> this.departmentIds.add(d.strip()));
    this.updatedAt = now;
  }

  /** PLANNED → RESEARCH: research and inspection visits (看) begin. */
  public TopicStatus startResearch(Instant now) {
    return moveTo(TopicStatus.RESEARCH, now);
  }

  /**
   * RESEARCH or RE_REPORT → HEARING: a meeting will hear the department's report (听). A re-report
   * must be heard at a later meeting than the previous hearing.
   *
   * @param previousMeeting the meeting date of the previous round, null for the first
   * @return the round of the new hearing
   */
  public int scheduleHearing(LocalDate meetingDate, LocalDate previousMeeting, Instant now) {
    if (!status.canMoveTo(TopicStatus.HEARING)) {
      throw illegal(TopicStatus.HEARING);
    }
    if (previousMeeting != null && !meetingDate.isAfter(previousMeeting)) {
      throw RuleViolation.businessRule("hearing.not-later", meetingDate, previousMeeting);
    }
    moveTo(TopicStatus.HEARING, now);
    hearingRound++;
    return hearingRound;
  }

  /** HEARING → DELIBERATED: deliberation opinions (审议意见) were issued. */
  public TopicStatus deliberate(Instant now) {
    return moveTo(TopicStatus.DELIBERATED, now);
  }

  /** DELIBERATED → RECTIFYING: the department took the opinions on and rectifies. */
  public TopicStatus startRectification(Instant now) {
    return moveTo(TopicStatus.RECTIFYING, now);
  }

  /**
   * PLANNED → CANCELLED: the topic was put on the plan by mistake. Only before research begins;
   * afterwards visits and hearings with deputies and members are on record and the topic runs its
   * course.
   */
  public TopicStatus cancel(String reason, Instant now) {
    TopicStatus previous = moveTo(TopicStatus.CANCELLED, now);
    this.cancelReason = reason.strip();
    this.cancelledAt = now;
    return previous;
  }

  /** EVALUATED → CLOSED. */
  public TopicStatus close(Instant now) {
    return moveTo(TopicStatus.CLOSED, now);
  }

  /**
   * Applies the outcome of a completed satisfaction evaluation.
   *
   * @return the new status (may be unchanged)
   */
  public TopicStatus applyOutcome(EvaluationSubject subject, Outcome outcome, Instant now) {
    if (outcome == Outcome.RE_REPORT) {
      return moveTo(TopicStatus.RE_REPORT, now);
    }
    if (subject == EvaluationSubject.RECTIFICATION && outcome == Outcome.SATISFIED) {
      return moveTo(TopicStatus.EVALUATED, now);
    }
    // a report rated (basically) satisfied goes on to deliberation; a rectification rated
    // basically satisfied stays RECTIFYING for another written report
    this.updatedAt = now;
    return status;
  }

  /**
   * Refuses (invalid state) when the topic is not in one of {@code allowed}, naming the current
   * state.
   */
  public void requireStatus(TopicAction action, TopicStatus... allowed) {
    if (!List.of(allowed).contains(status)) {
      // codes for the English message, Chinese names for the Chinese one
      throw RuleViolation.invalidState(
          "topic.status.action", status, action.code(), status.label(), action.label());
    }
  }

  public boolean isResponsible(String departmentId) {
    return departmentId != null && departmentIds.contains(departmentId);
  }

  private TopicStatus moveTo(TopicStatus target, Instant now) {
    if (!status.canMoveTo(target)) {
      throw illegal(target);
    }
    TopicStatus previous = status;
    this.status = target;
    this.updatedAt = now;
    return previous;
  }

  private RuleViolation illegal(TopicStatus target) {
    return RuleViolation.invalidState(
        "topic.status.illegal", status, target, status.label(), target.label());
  }

  public String cancelReason() {
    return cancelReason;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID planId() {
    return planId;
  }

  public String title() {
    return title;
  }

  public TopicKind kind() {
    return kind;
  }

  public String committee() {
    return committee;
  }

  public LocalDate plannedMeetingDate() {
    return plannedMeetingDate;
  }

  public List<String> departmentIds() {
    return List.copyOf(new TreeSet<>(departmentIds));
  }

  public TopicStatus status() {
    return status;
  }

  public int hearingRound() {
    return hearingRound;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
