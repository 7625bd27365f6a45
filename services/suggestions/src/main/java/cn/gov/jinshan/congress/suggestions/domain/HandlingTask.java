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

/** One department's task on an assigned item: lead (主办) or co-handler (协办). */
@Entity
public class HandlingTask {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID suggestionId;

  @Column(nullable = false, updatable = false)
  private String departmentId;

  @Enumerated(EnumType.STRING)
  private TaskRole role;

  @Enumerated(EnumType.STRING)
  private TaskState state;

  private LocalDate assignedOn;

  private LocalDate sendBackUntil;

  private LocalDate opinionDueOn;

  private Instant signedAt;

  private String sendBackReason;

  private String opinion;

  private Instant opinionAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  protected HandlingTask() {}

  public static HandlingTask assign(
      Suggestion s, String departmentId, TaskRole role, Deadlines d, Instant now) {
    HandlingTask t = new HandlingTask();
    t.id = UUID.randomUUID();
    t.congressId = s.congressId();
    t.suggestionId = s.id();
    t.departmentId = departmentId;
    t.role = role;
    t.state = TaskState.ASSIGNED;
    t.assignedOn = s.assignedOn();
    t.sendBackUntil = s.assignedOn().plus(d.sendBack());
    t.opinionDueOn = role == TaskRole.CO_HANDLER ? s.assignedOn().plus(d.coHandlerOpinion()) : null;
    t.createdAt = now;
    return t;
  }

  public void signFor(Instant now) {
    requireState(Action.SIGN_FOR, TaskState.ASSIGNED);
    this.state = TaskState.SIGNED;
    this.signedAt = now;
  }

  /** 退办: only within the send-back window after assignment, with a reason. */
  public void sendBack(String reason, LocalDate today) {
    requireState(Action.SEND_BACK, TaskState.ASSIGNED, TaskState.SIGNED);
    if (today.isAfter(sendBackUntil)) {
      throw RuleViolation.businessRule("send-back.too-late", sendBackUntil);
    }
    this.state = TaskState.SENT_BACK;
    this.sendBackReason = reason.strip();
  }

  /** The lead sent the item back: the co-handlers' tasks end with it. */
  public void withdraw() {
    if (isActive()) {
      this.state = TaskState.WITHDRAWN;
    }
  }

  /** A co-handler's opinion to the lead department (协办意见), after signing for the task. */
  public void giveOpinion(String text, Instant now) {
    if (role != TaskRole.CO_HANDLER) {
      throw RuleViolation.businessRule("opinion.lead");
    }
    requireState(Action.GIVE_OPINION, TaskState.SIGNED);
    this.state = TaskState.OPINION_GIVEN;
    this.opinion = text.strip();
    this.opinionAt = now;
  }

  public boolean isActive() {
    return state == TaskState.ASSIGNED
        || state == TaskState.SIGNED
        || state == TaskState.OPINION_GIVEN;
  }

  private void requireState(Action action, TaskState... allowed) {
    for (TaskState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw RuleViolation.invalidState("task.state.illegal", state, action);
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

  public TaskRole role() {
    return role;
  }

  public TaskState state() {
    return state;
  }

  public LocalDate assignedOn() {
    return assignedOn;
  }

  public LocalDate sendBackUntil() {
    return sendBackUntil;
  }

  public LocalDate opinionDueOn() {
    return opinionDueOn;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String sendBackReason() {
    return sendBackReason;
  }

  public String opinion() {
    return opinion;
  }

  public Instant opinionAt() {
    return opinionAt;
  }

  public long version() {
    return version;
  }
}
