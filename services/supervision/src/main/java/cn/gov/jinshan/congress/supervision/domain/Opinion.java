package cn.gov.jinshan.congress.supervision.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * Deliberation opinions (审议意见) on a hearing round, and the rectification they ask for: the
 * department reports in writing by the deadline; a report still missing after it is overdue,
 * flagged once.
 */
@Entity
@Table(name = "topic_opinion")
public class Opinion {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID topicId;

  private int hearingRound;

  private String text;

  private LocalDate issuedOn;

  private LocalDate rectificationDeadline;

  private Instant acknowledgedAt;

  private int rectificationRound;

  private Instant rectifiedAt;

  private Instant overdueFlaggedAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Opinion() {}

  /**
   * Issues opinions on the topic's current hearing round.
   *
   * @param deadline the rectification deadline, or null for {@code issuedOn + defaultPeriod}
   */
  public static Opinion issue(
      SupervisionTopic topic,
      String text,
      LocalDate issuedOn,
      LocalDate deadline,
      Period defaultPeriod,
      Instant now) {
    LocalDate due = deadline == null ? issuedOn.plus(defaultPeriod) : deadline;
    if (!due.isAfter(issuedOn)) {
      throw RuleViolation.businessRule("opinion.deadline.before-issue", due, issuedOn);
    }
    Opinion opinion = new Opinion();
    opinion.id = UUID.randomUUID();
    opinion.congressId = topic.congressId();
    opinion.topicId = topic.id();
    opinion.hearingRound = topic.hearingRound();
    opinion.text = text.strip();
    opinion.issuedOn = issuedOn;
    opinion.rectificationDeadline = due;
    opinion.rectificationRound = 1;
    opinion.createdAt = now;
    return opinion;
  }

  public void acknowledge(Instant now) {
    this.acknowledgedAt = now;
  }

  /** Accepts the written rectification report of the current round; late if after the deadline. */
  public boolean reportRectification(LocalDate today, Instant now) {
    if (rectifiedAt != null) {
      throw RuleViolation.conflict("rectification.exists", rectificationRound);
    }
    this.rectifiedAt = now;
    return today.isAfter(rectificationDeadline);
  }

  /** Asks for another written rectification report, due {@code period} from {@code today}. */
  public void requireFurtherRectification(LocalDate today, Period period) {
    this.rectificationRound++;
    this.rectifiedAt = null;
    this.overdueFlaggedAt = null;
    this.rectificationDeadline = today.plus(period);
  }

  /** Flags the opinion overdue once; false when there is nothing (more) to flag. */
  public boolean flagOverdue(LocalDate today, Instant now) {
    if (rectifiedAt != null || overdueFlaggedAt != null || !today.isAfter(rectificationDeadline)) {
      return false;
    }
    this.overdueFlaggedAt = now;
    return true;
  }

  public boolean isRectified() {
    return rectifiedAt != null;
  }

  public boolean isOverdue(LocalDate today) {
    return rectifiedAt == null && today.isAfter(rectificationDeadline);
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID topicId() {
    return topicId;
  }

  public int hearingRound() {
    return hearingRound;
  }

  public String text() {
    return text;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate rectificationDeadline() {
    return rectificationDeadline;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }

  public int rectificationRound() {
    return rectificationRound;
  }

  public Instant rectifiedAt() {
    return rectifiedAt;
  }

  public Instant overdueFlaggedAt() {
    return overdueFlaggedAt;
  }

  public long version() {
    return version;
  }
}
