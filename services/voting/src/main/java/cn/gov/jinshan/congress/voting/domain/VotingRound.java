package cn.gov.jinshan.congress.voting.domain;

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

/**
 * A yearly round of livelihood-project voting (民心工程实事项目票决) of one congress. Its phases run
 * COLLECTING → SCREENING → VOTING → IMPLEMENTING → EVALUATING → FINISHED, one step at a time; every
 * operation checks the phase it needs and fails (invalid state) naming the current one.
 */
@Entity
public class VotingRound {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  private int year;
  private String title;

  private int projectsToSelect;

  @Enumerated(EnumType.STRING)
  private RoundPhase phase;

  private LocalDate collectingEndsOn;

  private LocalDate screeningEndsOn;

  private LocalDate votingOn;

  private Instant checkInOpensAt;

  private Instant checkInClosesAt;

  private LocalDate implementingEndsOn;

  private LocalDate evaluatingEndsOn;

  private Integer entitledCount;

  private boolean ballotClosed;

  private Instant phaseChangedAt;

  private String cancellationReason;

  private String cancelledBy;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected VotingRound() {}

  public static VotingRound open(
      String congressId,
      int year,
      String title,
      int projectsToSelect,
      RoundSchedule schedule,
      Instant now) {
    VotingRound round = new VotingRound();
    round.id = UUID.randomUUID();
    round.congressId = congressId;
    round.year = year;
    round.title = title.strip();
    round.projectsToSelect = projectsToSelect;
    round.phase = RoundPhase.COLLECTING;
    round.phaseChangedAt = now;
    round.createdAt = now;
    round.applySchedule(schedule, now);
    return round;
  }

  /** Changes the dates; allowed until the ballot opens. */
  public void reschedule(RoundSchedule schedule, Instant now) {
    if (phase.compareTo(RoundPhase.VOTING) >= 0) {
      throw RuleViolation.invalidState("round.schedule.frozen", Labelled.codesThenLabels(phase));
    }
    applySchedule(schedule, now);
  }

  private void applySchedule(RoundSchedule schedule, Instant now) {
    schedule.validate();
    this.collectingEndsOn = schedule.collectingEndsOn();
    this.screeningEndsOn = schedule.screeningEndsOn();
    this.votingOn = schedule.votingOn();
    this.checkInOpensAt = schedule.checkInOpensAt();
    this.checkInClosesAt = schedule.checkInClosesAt();
    this.implementingEndsOn = schedule.implementingEndsOn();
    this.evaluatingEndsOn = schedule.evaluatingEndsOn();
    this.updatedAt = now;
  }

  /** Fails (invalid state) naming the current phase unless the round is in {@code expected}. */
  public void requirePhase(RoundPhase expected) {
    if (phase != expected) {
      throw RuleViolation.invalidState(
          "round.phase.required", Labelled.codesThenLabels(phase, expected));
    }
  }

  /**
   * Cancels a round opened by mistake (wrong year, wrong N): only before its ballot opens, with the
   * reason on record. A cancelled round no longer holds its year, so the right one can be opened.
   */
  public void cancel(String reason, String by, Instant now) {
    if (!phase.isBeforeBallot()) {
      throw RuleViolation.invalidState("round.cancel.too-late", Labelled.codesThenLabels(phase));
    }
    this.cancellationReason = reason.strip();
    this.cancelledBy = by;
    this.phase = RoundPhase.CANCELLED;
    this.phaseChangedAt = now;
    this.updatedAt = now;
  }

  /** COLLECTING → SCREENING. */
  public void startScreening(Instant now) {
    moveTo(RoundPhase.SCREENING, now);
  }

  /**
   * SCREENING → VOTING: the ballot opens with the shortlist. There must be more shortlisted
   * candidates than projects to select (差额), and none may wait for screening.
   *
   * @param entitled ACTIVE district deputies now: the base of the default majority rule
   */
  public void openBallot(int shortlisted, int unscreened, int entitled, Instant now) {
    requirePhase(RoundPhase.SCREENING);
    if (unscreened > 0) {
      throw RuleViolation.invalidState("round.unscreened", unscreened);
    }
    if (shortlisted <= projectsToSelect) {
      throw RuleViolation.businessRule("round.shortlist.too-short", shortlisted, projectsToSelect);
    }
    if (entitled == 0) {
      throw RuleViolation.businessRule("round.no-entitled-voters");
    }
    this.entitledCount = entitled;
    moveTo(RoundPhase.VOTING, now);
  }

  /** Fails unless ballots may be cast or issued now: VOTING with the ballot still open. */
  public void requireBallotOpen() {
    requirePhase(RoundPhase.VOTING);
    if (ballotClosed) {
      throw RuleViolation.invalidState("round.ballot.closed");
    }
  }

  /** Whether a deputy may check themselves in at {@code now}. */
  public boolean isCheckInWindowOpen(Instant now) {
    return !now.isBefore(checkInOpensAt) && now.isBefore(checkInClosesAt);
  }

  /** Staff close the ballot; counting follows in the same transaction. */
  public void closeBallot(Instant now) {
    requireBallotOpen();
    this.ballotClosed = true;
    this.updatedAt = now;
  }

  /** VOTING → IMPLEMENTING, once the result is final (no unresolved tie). */
  public void startImplementing(boolean resultFinal, Instant now) {
    requirePhase(RoundPhase.VOTING);
    if (!ballotClosed) {
      throw RuleViolation.invalidState("round.ballot.open");
    }
    if (!resultFinal) {
      throw RuleViolation.invalidState("round.result.tie-pending");
    }
    moveTo(RoundPhase.IMPLEMENTING, now);
  }

  /** IMPLEMENTING → EVALUATING. */
  public void startEvaluating(Instant now) {
    moveTo(RoundPhase.EVALUATING, now);
  }

  /** EVALUATING → FINISHED. */
  public void finish(Instant now) {
    moveTo(RoundPhase.FINISHED, now);
  }

  private void moveTo(RoundPhase next, Instant now) {
    if (phase.next() != next) {
      throw RuleViolation.invalidState(
          "round.phase.illegal", Labelled.codesThenLabels(phase, next));
    }
    this.phase = next;
    this.phaseChangedAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public int year() {
    return year;
  }

  public String title() {
    return title;
  }

  public int projectsToSelect() {
    return projectsToSelect;
  }

  public RoundPhase phase() {
    return phase;
  }

  public RoundSchedule schedule() {
    return new RoundSchedule(
        collectingEndsOn,
        screeningEndsOn,
        votingOn,
        checkInOpensAt,
        checkInClosesAt,
        implementingEndsOn,
        evaluatingEndsOn);
  }

  /** Why the round was cancelled; null unless CANCELLED. */
  public String cancellationReason() {
    return cancellationReason;
  }

  public String cancelledBy() {
    return cancelledBy;
  }

  public Integer entitledCount() {
    return entitledCount;
  }

  public boolean ballotClosed() {
    return ballotClosed;
  }

  public Instant phaseChangedAt() {
    return phaseChangedAt;
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
