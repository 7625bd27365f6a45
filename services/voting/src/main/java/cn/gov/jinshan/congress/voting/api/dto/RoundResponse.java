package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.RoundSchedule;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import java.time.Instant;
import java.util.UUID;

/** A yearly round. */
public record RoundResponse(
    UUID id,
    String congressId,
    int year,
    String title,
    int projectsToSelect,
    RoundPhase phase,
    String phaseLabel,
    Instant phaseChangedAt,
    RoundSchedule schedule,
    Integer entitledCount,
    boolean ballotClosed,
    String cancellationReason,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public static RoundResponse from(VotingRound r) {
    return new RoundResponse(
        r.id(),
        r.congressId(),
        r.year(),
        r.title(),
        r.projectsToSelect(),
        r.phase(),
        r.phase().label(),
        r.phaseChangedAt(),
        r.schedule(),
        r.entitledCount(),
        r.ballotClosed(),
        r.cancellationReason(),
        r.version(),
        r.createdAt(),
        r.updatedAt());
  }
}
