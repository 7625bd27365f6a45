package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.LivelihoodProject;
import java.time.Instant;
import java.util.UUID;

/** A selected livelihood project. */
public record ProjectResponse(
    UUID id,
    UUID roundId,
    UUID candidateId,
    String title,
    String responsibleDepartmentId,
    int forVotes,
    int progressPercent,
    long version,
    Instant createdAt,
    Instant updatedAt) {
  public static ProjectResponse from(LivelihoodProject p) {
    return new ProjectResponse(
        p.id(),
        p.roundId(),
        p.candidateId(),
        p.title(),
        p.responsibleDepartmentId(),
        p.forVotes(),
        p.progressPercent(),
        p.version(),
        p.createdAt(),
        p.updatedAt());
  }
}
