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
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A satisfaction evaluation (满意度测评) at a meeting: of a topic's report or rectification, or of an
 * appointee's performance report (述职评议). Only the members present may rate, once each; staff
 * complete it, and the configured rule decides the outcome from the counts.
 */
@Entity
public class Evaluation {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Enumerated(EnumType.STRING)
  private EvaluationSubject subject;

  @Column(updatable = false)
  private UUID topicId;

  private Integer hearingRound;

  @Column(updatable = false)
  private UUID appointeeId;

  private LocalDate meetingDate;

  private String reportText;

  @Enumerated(EnumType.STRING)
  private EvaluationStatus status;

  private int satisfied;

  private int basicallySatisfied;

  private int dissatisfied;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private Instant completedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "evaluation_member", joinColumns = @JoinColumn(name = "evaluation_id"))
  @Column(name = "member_id")
  private Set<String> presentMembers = new TreeSet<>();

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Evaluation() {}

  public static Evaluation ofTopic(
      SupervisionTopic topic,
      EvaluationSubject subject,
      LocalDate meetingDate,
      Collection<String> presentMembers,
      Instant now) {
    Evaluation e = open(topic.congressId(), subject, meetingDate, presentMembers, now);
    e.topicId = topic.id();
    e.hearingRound = topic.hearingRound();
    return e;
  }

  public static Evaluation ofAppointee(
      Appointee appointee,
      LocalDate meetingDate,
      String reportText,
      Collection<String> presentMembers,
      Instant now) {
    Evaluation e =
        open(
            appointee.congressId(),
            EvaluationSubject.PERFORMANCE,
            meetingDate,
            presentMembers,
            now);
    e.appointeeId = appointee.id();
    e.reportText = reportText;
    return e;
  }

  private static Evaluation open(
      String congressId,
      EvaluationSubject subject,
      LocalDate meetingDate,
      Collection<String> presentMembers,
      Instant now) {
    if (presentMembers.isEmpty()) {
      throw RuleViolation.businessRule("evaluation.no-members");
    }
    Evaluation e = new Evaluation();
    e.id = UUID.randomUUID();
    e.congressId = congressId;
    e.subject = subject;
    e.meetingDate = meetingDate;
    e.status = EvaluationStatus.OPEN;
    e.presentMembers.addAll(presentMembers);
    e.createdAt = now;
    return e;
  }

  /** Checks that the evaluation takes ratings now: it is open. */
  public void requireOpenForRating() {
    if (status != EvaluationStatus.OPEN) {
      throw RuleViolation.invalidState("evaluation.not-open", status, status.label());
    }
  }

  /** Whether {@code memberId} was present at the meeting, which alone entitles them to rate. */
  public boolean wasPresent(String memberId) {
    return presentMembers.contains(memberId);
  }

  /** The department's report of a performance review, once. */
  public void submitReport(String text) {
    if (status != EvaluationStatus.OPEN) {
      throw RuleViolation.invalidState("evaluation.not-open", status, status.label());
    }
    if (reportText != null) {
      throw RuleViolation.conflict("review.report.exists");
    }
    this.reportText = text.strip();
  }

  /** Counts the ratings and decides the outcome. */
  public Outcome complete(
      int satisfied, int basicallySatisfied, int dissatisfied, VoteRule rule, Instant now) {
    if (status != EvaluationStatus.OPEN) {
      throw RuleViolation.invalidState("evaluation.not-open", status, status.label());
    }
    if (satisfied + basicallySatisfied + dissatisfied == 0) {
      throw RuleViolation.businessRule("evaluation.no-ratings");
    }
    this.satisfied = satisfied;
    this.basicallySatisfied = basicallySatisfied;
    this.dissatisfied = dissatisfied;
    this.outcome = rule.decide(satisfied, basicallySatisfied, dissatisfied);
    this.status = EvaluationStatus.COMPLETED;
    this.completedAt = now;
    return outcome;
  }

  public boolean isCompleted() {
    return status == EvaluationStatus.COMPLETED;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public EvaluationSubject subject() {
    return subject;
  }

  public UUID topicId() {
    return topicId;
  }

  public Integer hearingRound() {
    return hearingRound;
  }

  public UUID appointeeId() {
    return appointeeId;
  }

  public LocalDate meetingDate() {
    return meetingDate;
  }

  public String reportText() {
    return reportText;
  }

  public EvaluationStatus status() {
    return status;
  }

  public int satisfied() {
    return satisfied;
  }

  public int basicallySatisfied() {
    return basicallySatisfied;
  }

  public int dissatisfied() {
    return dissatisfied;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public List<String> presentMembers() {
    return List.copyOf(presentMembers);
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
