package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A candidate livelihood project of a round: proposed, then shortlisted or rejected. */
@Entity
public class Candidate {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID roundId;

  private String title;
  private String description;

  @Enumerated(EnumType.STRING)
  private CandidateSource source;

  private UUID proposerDeputyId;

  private String proposerDepartmentId;

  private UUID suggestionId;

  private String proposedBy;

  @Enumerated(EnumType.STRING)
  private CandidateStatus status;

  private String feasibility;

  private BigDecimal estimatedCost;

  private String responsibleDepartmentId;

  private String rejectionReason;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Candidate() {}

  /**
   * A proposal to a round in COLLECTING.
   *
   * @param proposer who proposed it: a department, a deputy (optionally from a suggestion) or the
   *     public (entered by staff)
   */
  public static Candidate propose(
      VotingRound round,
      String title,
      String description,
      Proposer proposer,
      String proposedBy,
      Instant now) {
    round.requirePhase(RoundPhase.COLLECTING);
    Candidate candidate = new Candidate();
    candidate.id = UUID.randomUUID();
    candidate.congressId = round.congressId();
    candidate.roundId = round.id();
    candidate.title = title.strip();
    candidate.description = description.strip();
    candidate.source = proposer.source();
    candidate.proposerDeputyId = proposer.deputyId();
    candidate.proposerDepartmentId = proposer.departmentId();
    candidate.suggestionId = proposer.suggestionId();
    candidate.proposedBy = proposedBy;
    candidate.status = CandidateStatus.PROPOSED;
    candidate.createdAt = now;
    candidate.updatedAt = now;
    return candidate;
  }

  /** Shortlists it with the screening findings; a decision can be revised during SCREENING. */
  public void shortlist(
      VotingRound round,
      String feasibility,
      BigDecimal estimatedCost,
      String responsibleDepartmentId,
      Instant now) {
    round.requirePhase(RoundPhase.SCREENING);
    if (estimatedCost.signum() < 0) {
      throw RuleViolation.businessRule("candidate.cost.negative");
    }
    this.status = CandidateStatus.SHORTLISTED;
    this.feasibility = feasibility.strip();
    this.estimatedCost = estimatedCost;
    this.responsibleDepartmentId = responsibleDepartmentId.strip();
    this.rejectionReason = null;
    this.updatedAt = now;
  }

  /** Rejects it with a reason the proposer can read. */
  public void reject(VotingRound round, String reason, Instant now) {
    round.requirePhase(RoundPhase.SCREENING);
    this.status = CandidateStatus.REJECTED;
    this.rejectionReason = reason.strip();
    this.feasibility = null;
    this.estimatedCost = null;
    this.responsibleDepartmentId = null;
    this.updatedAt = now;
  }

  public boolean isShortlisted() {
    return status == CandidateStatus.SHORTLISTED;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID roundId() {
    return roundId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public CandidateSource source() {
    return source;
  }

  public UUID proposerDeputyId() {
    return proposerDeputyId;
  }

  public String proposerDepartmentId() {
    return proposerDepartmentId;
  }

  public UUID suggestionId() {
    return suggestionId;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public CandidateStatus status() {
    return status;
  }

  public String feasibility() {
    return feasibility;
  }

  public BigDecimal estimatedCost() {
    return estimatedCost;
  }

  public String responsibleDepartmentId() {
    return responsibleDepartmentId;
  }

  public String rejectionReason() {
    return rejectionReason;
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

  /** Who proposes: exactly one kind, with its reference. */
  public record Proposer(
      CandidateSource source, UUID deputyId, String departmentId, UUID suggestionId) {
    public static Proposer department(String departmentId) {
      return new Proposer(CandidateSource.DEPARTMENT, null, departmentId, null);
    }

    public static Proposer deputy(UUID deputyId, UUID suggestionId) {
      return new Proposer(CandidateSource.DEPUTY, deputyId, null, suggestionId);
    }

    public static Proposer publicOnes() {
      return new Proposer(CandidateSource.PUBLIC, null, null, null);
    }
  }
}
