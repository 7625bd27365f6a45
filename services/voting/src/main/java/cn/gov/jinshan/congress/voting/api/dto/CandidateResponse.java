package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateSource;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A candidate project. */
public record CandidateResponse(
    UUID id,
    UUID roundId,
    String title,
    String description,
    CandidateSource source,
    String sourceLabel,
    UUID proposerDeputyId,
    String proposerDepartmentId,
    UUID suggestionId,
    CandidateStatus status,
    String statusLabel,
    String feasibility,
    BigDecimal estimatedCost,
    String responsibleDepartmentId,
    String rejectionReason,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public static CandidateResponse from(Candidate c) {
    return new CandidateResponse(
        c.id(),
        c.roundId(),
        c.title(),
        c.description(),
        c.source(),
        c.source().label(),
        c.proposerDeputyId(),
        c.proposerDepartmentId(),
        c.suggestionId(),
        c.status(),
        c.status().label(),
        c.feasibility(),
        c.estimatedCost(),
        c.responsibleDepartmentId(),
        c.rejectionReason(),
        c.version(),
        c.createdAt(),
        c.updatedAt());
  }
}
