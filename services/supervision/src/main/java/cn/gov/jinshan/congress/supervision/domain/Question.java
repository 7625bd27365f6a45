package cn.gov.jinshan.congress.supervision.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A question (问) by a member at an inquiry, numbered in order, and the department's answer. */
@Entity
@Table(name = "topic_question")
public class Question {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID topicId;

  private int hearingRound;

  private int seq;

  private String askedBy;

  private String askerName;

  private String question;
  private String answer;

  private String answeredBy;

  private String departmentId;

  private Instant answeredAt;

  private Instant askedAt;

  @Version private long version;

  protected Question() {}

  public static Question ask(
      SupervisionTopic topic, int seq, String askedBy, String askerName, String text, Instant now) {
    Question q = new Question();
    q.id = UUID.randomUUID();
    q.congressId = topic.congressId();
    q.topicId = topic.id();
    q.hearingRound = topic.hearingRound();
    q.seq = seq;
    q.askedBy = askedBy;
    q.askerName = askerName;
    q.question = text.strip();
    q.askedAt = now;
    return q;
  }

  /** The department answers once. */
  public void answer(String text, String departmentId, String answeredBy, Instant now) {
    if (answeredAt != null) {
      throw RuleViolation.conflict("question.answered", seq);
    }
    this.answer = text.strip();
    this.departmentId = departmentId;
    this.answeredBy = answeredBy;
    this.answeredAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID topicId() {
    return topicId;
  }

  public int hearingRound() {
    return hearingRound;
  }

  public int seq() {
    return seq;
  }

  public String askedBy() {
    return askedBy;
  }

  public String askerName() {
    return askerName;
  }

  public String question() {
    return question;
  }

  public String answer() {
    return answer;
  }

  public String departmentId() {
    return departmentId;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Instant askedAt() {
    return askedAt;
  }
}
