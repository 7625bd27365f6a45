package cn.gov.jinshan.congress.suggestions.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A formal reply (答复) of the lead department, one per handling round, with its evaluation. */
@Entity
public class Reply {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(nullable = false, updatable = false)
  private String departmentId;

  private int round;

  @Enumerated(EnumType.STRING)
  private ReplyClass replyClass;

  private String text;
  private boolean publishable;

  private LocalDate promisedOn;

  private String signedBy;

  private LocalDate repliedOn;

  private boolean onTime;

  private LocalDate fulfilledOn;

  @Enumerated(EnumType.STRING)
  private EvaluationResult evaluation;

  private String evaluationComment;

  private Instant evaluatedAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected Reply() {}

  /** A reply; class B (being solved / planned) must say by when. */
  public static Reply post(
      Suggestion s,
      ReplyClass replyClass,
      String text,
      boolean publishable,
      LocalDate promisedOn,
      String signedBy,
      LocalDate today,
      boolean onTime,
      Instant now) {
    if (replyClass == ReplyClass.B && promisedOn == null) {
      throw RuleViolation.businessRule("reply.b-needs-promised-date");
    }
    Reply r = new Reply();
    r.id = UUID.randomUUID();
    r.congressId = s.congressId();
    r.suggestionId = s.id();
    r.departmentId = s.leadDepartmentId();
    r.round = s.replyRound();
    r.replyClass = replyClass;
    r.text = text.strip();
    r.publishable = publishable;
    r.promisedOn = replyClass == ReplyClass.B ? promisedOn : null;
    r.signedBy = signedBy.strip();
    r.repliedOn = today;
    r.onTime = onTime;
    r.createdAt = now;
    return r;
  }

  public void evaluated(EvaluationResult result, String comment, Instant now) {
    this.evaluation = result;
    this.evaluationComment = comment == null ? null : comment.strip();
    this.evaluatedAt = now;
  }

  /** B-class follow-up (跟踪落实): the department reports the promise fulfilled. */
  public void fulfilled(LocalDate on) {
    if (replyClass != ReplyClass.B) {
      throw RuleViolation.businessRule("follow-up.not-b", replyClass);
    }
    if (fulfilledOn != null) {
      throw RuleViolation.conflict("follow-up.already-fulfilled", fulfilledOn);
    }
    this.fulfilledOn = on;
  }

  public String congressId() {
    return congressId;
  }

  public UUID id() {
    return id;
  }

  public UUID suggestionId() {
    return suggestionId;
  }

  public String departmentId() {
    return departmentId;
  }

  public int round() {
    return round;
  }

  public ReplyClass replyClass() {
    return replyClass;
  }

  public String text() {
    return text;
  }

  public boolean publishable() {
    return publishable;
  }

  public LocalDate promisedOn() {
    return promisedOn;
  }

  public String signedBy() {
    return signedBy;
  }

  public LocalDate repliedOn() {
    return repliedOn;
  }

  public boolean onTime() {
    return onTime;
  }

  public LocalDate fulfilledOn() {
    return fulfilledOn;
  }

  public EvaluationResult evaluation() {
    return evaluation;
  }

  public String evaluationComment() {
    return evaluationComment;
  }

  public Instant evaluatedAt() {
    return evaluatedAt;
  }
}
