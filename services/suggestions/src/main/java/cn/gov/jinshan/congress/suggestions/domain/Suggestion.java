package cn.gov.jinshan.congress.suggestions.domain;

import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.ACCEPTED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.ASSIGNED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.CLOSED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.CONVERTED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.DRAFT;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.IN_PROGRESS;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.MERGED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.REGISTERED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.REHANDLING;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.REPLIED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.RETURNED;
import static cn.gov.jinshan.congress.suggestions.domain.SuggestionState.SUBMITTED;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * A suggestion or motion with its state machine (domain.md §2). Every transition checks the current
 * state and refuses with an invalid-state RuleViolation naming it; server-owned fields change only
 * here.
 */
@Entity
public class Suggestion {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Enumerated(EnumType.STRING)
  private SuggestionKind kind;

  private String title;
  private String content;

  @Enumerated(EnumType.STRING)
  private Category category;

  @Column(nullable = false, updatable = false)
  private UUID leadDeputyId;

  private int term;
  private int session;

  @Enumerated(EnumType.STRING)
  private SuggestionState state;

  private String registrationNumber;

  /** The sequence of the registration number as a number, the key of the list's number order. */
  private Integer registrationSequence;

  private String returnReason;

  private UUID mergedIntoId;

  private UUID convertedFromId;

  private UUID convertedToId;

  private UUID referredFromId;

  private UUID referredToId;

  private String leadName;

  private String leadDelegationName;

  private String leadDepartmentId;

  private LocalDate registeredOn;

  private LocalDate assignedOn;

  private LocalDate dueOn;

  private LocalDate repliedOn;

  private LocalDate evaluationDueOn;

  private int rehandlingRounds;

  @Enumerated(EnumType.STRING)
  private EvaluationResult finalEvaluation;

  private boolean keySupervised;

  private String supervisingLeader;

  private Instant submittedAt;

  private Instant closedAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Suggestion() {}

  /** A new draft by its lead deputy. */
  public static Suggestion draft(
      String congressId,
      SuggestionKind kind,
      UUID leadDeputyId,
      String title,
      String content,
      Category category,
      int term,
      int session,
      Instant now) {
    Suggestion s = new Suggestion();
    s.id = UUID.randomUUID();
    s.congressId = congressId;
    s.kind = kind;
    s.leadDeputyId = leadDeputyId;
    s.term = term;
    s.session = session;
    s.state = DRAFT;
    s.createdAt = now;
    s.edit(title, content, category, now);
    return s;
  }

  /** Edits a draft or a returned item; a submitted item is frozen. */
  public void edit(String title, String content, Category category, Instant now) {
    requireState(Action.EDIT, DRAFT, RETURNED);
    this.title = title.strip();
    this.content = content.strip();
    this.category = category;
    this.updatedAt = now;
  }

  /** The lead attaches files only while the item can still be edited. */
  public void requireOpenForAttachments() {
    requireState(Action.ATTACH, DRAFT, RETURNED);
  }

  /** Co-signers are invited and answer only while the item can still be edited. */
  public void requireOpenForCoSigning() {
    requireState(Action.CO_SIGN, DRAFT, RETURNED);
  }

  /**
   * Submits the item. A motion needs at least {@code motionMinimum} deputies, the lead included.
   *
   * @param acceptedCoSigners co-signers who accepted, the lead not counted
   */
  public void submit(int acceptedCoSigners, int motionMinimum, Instant now) {
    requireState(Action.SUBMIT, DRAFT, RETURNED);
    if (kind == SuggestionKind.MOTION && acceptedCoSigners + 1 < motionMinimum) {
      throw RuleViolation.businessRule(
          "motion.too-few-co-signers", motionMinimum, acceptedCoSigners + 1);
    }
    this.state = SUBMITTED;
    this.returnReason = null;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  /**
   * Registration (立案) of a submitted suggestion in the congress's current term and session (the
   * item counts in the session that registered it). The number is set by {@link #renumber} once the
   * state check passed, so that a refused registration never takes a number.
   */
  public void register(int term, int session, LocalDate today, Instant now) {
    requireKind(SuggestionKind.SUGGESTION, Action.REGISTER);
    requireState(Action.REGISTER, SUBMITTED);
    this.state = REGISTERED;
    this.registeredOn = today;
    this.term = term;
    this.session = session;
    this.updatedAt = now;
  }

  /** The registration number: term-session-sequence, e.g. 6-3-0123. */
  public void renumber(int sequence) {
    if (state != REGISTERED) {
      throw RuleViolation.invalidState("suggestion.state.illegal", state, Action.REGISTER);
    }
    this.registrationNumber =
        sequence == 0 ? null : String.format("%d-%d-%04d", term, session, sequence);
    this.registrationSequence = sequence == 0 ? null : sequence;
  }

  /** Back to the deputy for revision (退回修改). */
  public void returnToDeputy(String reason, Instant now) {
    requireState(Action.RETURN, SUBMITTED);
    this.state = RETURNED;
    this.returnReason = reason.strip();
    this.updatedAt = now;
  }

  /** Merged into {@code target} (并案); the target's reply reaches this item's authors too. */
  public void mergeInto(Suggestion target, Instant now) {
    requireKind(SuggestionKind.SUGGESTION, Action.MERGE);
    requireState(Action.MERGE, SUBMITTED, REGISTERED);
    if (target.id.equals(id)
        || target.kind != SuggestionKind.SUGGESTION
        || !Arrays.asList(REGISTERED, ASSIGNED, IN_PROGRESS).contains(target.state)) {
      throw RuleViolation.businessRule("merge.target-invalid", target.id, target.state);
    }
    this.state = MERGED;
    this.mergedIntoId = target.id;
    this.updatedAt = now;
  }

  /** Assignment (交办) to a lead department; the handling deadline starts today. */
  public void assign(String leadDepartmentId, LocalDate today, Deadlines deadlines, Instant now) {
    requireState(Action.ASSIGN, REGISTERED);
    this.state = ASSIGNED;
    this.leadDepartmentId = leadDepartmentId;
    this.assignedOn = today;
    this.dueOn = today.plus(deadlines.handling());
    this.updatedAt = now;
  }

  /** The lead department signed for it (签收). */
  public void signedForByLead(Instant now) {
    requireState(Action.SIGN_FOR, ASSIGNED);
    this.state = IN_PROGRESS;
    this.updatedAt = now;
  }

  /** The lead department sent it back (退办): staff assign it again. */
  public void sentBackByLead(Instant now) {
    requireState(Action.SEND_BACK, ASSIGNED, IN_PROGRESS);
    this.state = REGISTERED;
    this.leadDepartmentId = null;
    this.assignedOn = null;
    this.dueOn = null;
    this.updatedAt = now;
  }

  /** Extends the handling deadline; the whole handling time stays within {@code maxHandling}. */
  public void extendTo(LocalDate newDueOn, Deadlines deadlines, Instant now) {
    requireState(Action.EXTEND, ASSIGNED, IN_PROGRESS);
    if (!newDueOn.isAfter(dueOn)) {
      throw RuleViolation.businessRule("extension.not-later", newDueOn, dueOn);
    }
    LocalDate limit = assignedOn.plus(deadlines.maxHandling());
    if (newDueOn.isAfter(limit)) {
      throw RuleViolation.businessRule("extension.too-long", newDueOn, limit);
    }
    this.dueOn = newDueOn;
    this.updatedAt = now;
  }

  /** Checks that a reply may be posted now (before the reply row is written). */
  public void requireReplyable() {
    requireState(Action.REPLY, IN_PROGRESS, REHANDLING);
  }

  /**
   * The formal reply (答复) was posted.
   *
   * @return whether it came on time (on or before the handling deadline)
   */
  public boolean replied(LocalDate today, Deadlines deadlines, Instant now) {
    requireReplyable();
    boolean onTime = !today.isAfter(dueOn);
    this.state = REPLIED;
    this.repliedOn = today;
    this.evaluationDueOn = deadlines.addWorkingDays(today, deadlines.evaluationWorkingDays());
    this.updatedAt = now;
    return onTime;
  }

  /** The round of the next reply: 0 first, then one per re-handling. */
  public int replyRound() {
    return rehandlingRounds;
  }

  /**
   * The lead deputy's evaluation. Dissatisfied sends it back to handling while rounds remain;
   * otherwise the item is closed.
   */
  public SuggestionState evaluate(
      EvaluationResult result, int maxRehandlingRounds, LocalDate today, Deadlines d, Instant now) {
    requireState(Action.EVALUATE, REPLIED);
    if (result == EvaluationResult.NOT_EVALUATED) {
      throw RuleViolation.businessRule("evaluation.result-invalid", result);
    }
    if (today.isAfter(evaluationDueOn)) {
      throw RuleViolation.businessRule("evaluation.too-late", evaluationDueOn);
    }
    if (result == EvaluationResult.DISSATISFIED && rehandlingRounds < maxRehandlingRounds) {
      this.state = REHANDLING;
      this.rehandlingRounds++;
      this.dueOn = today.plus(d.rehandling());
      this.repliedOn = null;
      this.evaluationDueOn = null;
    } else {
      close(result, now);
    }
    this.updatedAt = now;
    return state;
  }

  /** Staff close a replied item whose evaluation window passed without one: "not evaluated". */
  public void closeUnevaluated(LocalDate today, Instant now) {
    requireState(Action.CLOSE, REPLIED);
    if (!today.isAfter(evaluationDueOn)) {
      throw RuleViolation.businessRule("close.evaluation-open", evaluationDueOn);
    }
    close(EvaluationResult.NOT_EVALUATED, now);
  }

  private void close(EvaluationResult result, Instant now) {
    this.state = CLOSED;
    this.finalEvaluation = result;
    this.closedAt = now;
    this.updatedAt = now;
  }

  /** The presidium accepted the motion (立案). */
  public void acceptMotion(Instant now) {
    requireKind(SuggestionKind.MOTION, Action.ACCEPT);
    requireState(Action.ACCEPT, SUBMITTED);
    this.state = ACCEPTED;
    this.updatedAt = now;
  }

  /** The motion is handled as a suggestion (转为建议): returns the new, submitted suggestion. */
  public Suggestion convertToSuggestion(Instant now) {
    requireKind(SuggestionKind.MOTION, Action.CONVERT);
    requireState(Action.CONVERT, SUBMITTED);
    Suggestion s =
        draft(
            congressId,
            SuggestionKind.SUGGESTION,
            leadDeputyId,
            title,
            content,
            category,
            term,
            session,
            now);
    s.state = SUBMITTED;
    s.submittedAt = submittedAt;
    s.convertedFromId = id;
    this.state = CONVERTED;
    this.convertedToId = s.id;
    this.updatedAt = now;
    return s;
  }

  /**
   * Referred to another level (转交上级, record only): a submitted or registered suggestion that this
   * congress has not assigned. It is not handled here any more; the history stays.
   */
  public void referTo(ReferralTarget target, Instant now) {
    requireKind(SuggestionKind.SUGGESTION, Action.REFER);
    requireState(Action.REFER, SUBMITTED, REGISTERED);
    this.state = SuggestionState.REFERRED;
    this.updatedAt = now;
  }

  /**
   * The item in the district congress for a town's item referred there: submitted, for the
   * district's review; the lead as the town knew them (name, delegation) when they are not a deputy
   * of the district.
   */
  public Suggestion referredCopy(
      String districtId,
      UUID districtLeadId,
      String leadName,
      String leadDelegationName,
      int term,
      int session,
      Instant now) {
    if (state != SuggestionState.REFERRED) {
      throw RuleViolation.invalidState("suggestion.state.illegal", state, Action.REFER);
    }
    Suggestion s =
        draft(
            districtId,
            SuggestionKind.SUGGESTION,
            districtLeadId,
            title,
            content,
            category,
            term,
            session,
            now);
    s.state = SUBMITTED;
    s.submittedAt = now;
    s.referredFromId = id;
    s.leadName = leadName;
    s.leadDelegationName = leadDelegationName;
    this.referredToId = s.id;
    return s;
  }

  /** Key supervision (重点督办) applies to registered items still being worked on. */
  public void markKey(String supervisingLeader, Instant now) {
    requireKind(SuggestionKind.SUGGESTION, Action.MARK_KEY);
    requireState(Action.MARK_KEY, REGISTERED, ASSIGNED, IN_PROGRESS, REPLIED, REHANDLING);
    this.keySupervised = true;
    this.supervisingLeader = supervisingLeader.strip();
    this.updatedAt = now;
  }

  /** Something else changed on the item (co-signers, a contact): bump the version. */
  public void touch(Instant now) {
    this.updatedAt = now;
  }

  private void requireState(Action action, SuggestionState... allowed) {
    if (!Arrays.asList(allowed).contains(state)) {
      throw RuleViolation.invalidState("suggestion.state.illegal", state, action);
    }
  }

  private void requireKind(SuggestionKind required, Action action) {
    if (kind != required) {
      throw RuleViolation.invalidState("suggestion.kind.illegal", kind, action);
    }
  }

  public boolean isLead(UUID deputyId) {
    return leadDeputyId.equals(deputyId);
  }

  public boolean isOverdue(LocalDate today) {
    return SuggestionState.HANDLING.contains(state) && dueOn != null && today.isAfter(dueOn);
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public SuggestionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public String content() {
    return content;
  }

  public Category category() {
    return category;
  }

  public UUID leadDeputyId() {
    return leadDeputyId;
  }

  public int term() {
    return term;
  }

  public int session() {
    return session;
  }

  public SuggestionState state() {
    return state;
  }

  public String registrationNumber() {
    return registrationNumber;
  }

  public Integer registrationSequence() {
    return registrationSequence;
  }

  public String returnReason() {
    return returnReason;
  }

  public UUID mergedIntoId() {
    return mergedIntoId;
  }

  public UUID convertedFromId() {
    return convertedFromId;
  }

  public UUID convertedToId() {
    return convertedToId;
  }

  public UUID referredFromId() {
    return referredFromId;
  }

  public UUID referredToId() {
    return referredToId;
  }

  public String leadName() {
    return leadName;
  }

  public String leadDelegationName() {
    return leadDelegationName;
  }

  public String leadDepartmentId() {
    return leadDepartmentId;
  }

  public LocalDate registeredOn() {
    return registeredOn;
  }

  public LocalDate assignedOn() {
    return assignedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate repliedOn() {
    return repliedOn;
  }

  public LocalDate evaluationDueOn() {
    return evaluationDueOn;
  }

  public int rehandlingRounds() {
    return rehandlingRounds;
  }

  public EvaluationResult finalEvaluation() {
    return finalEvaluation;
  }

  public boolean keySupervised() {
    return keySupervised;
  }

  public String supervisingLeader() {
    return supervisingLeader;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant closedAt() {
    return closedAt;
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
