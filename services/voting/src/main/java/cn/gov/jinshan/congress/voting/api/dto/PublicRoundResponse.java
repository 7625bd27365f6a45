package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.service.PublicRounds.PublicRound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A round as the public list shows it: the year, the phase with its Chinese label, the ballot's
 * dates, whether its result is published, and the counts of projects proposed (征集), on the ballot
 * (初定候选) and selected. Nothing about voters: no entitled count, no check-ins.
 */
public record PublicRoundResponse(
    UUID id,
    String congressId,
    int year,
    String title,
    RoundPhase phase,
    String phaseLabel,
    int projectsToSelect,
    LocalDate votingOn,
    Instant checkInOpensAt,
    Instant checkInClosesAt,
    boolean ballotClosed,
    long proposedCount,
    long shortlistedCount,
    long selectedCount) {

  public static PublicRoundResponse from(PublicRound p) {
    VotingRound r = p.round();
    return new PublicRoundResponse(
        r.id(),
        r.congressId(),
        r.year(),
        r.title(),
        r.phase(),
        r.phase().label(),
        r.projectsToSelect(),
        r.schedule().votingOn(),
        r.schedule().checkInOpensAt(),
        r.schedule().checkInClosesAt(),
        r.ballotClosed(),
        p.proposed(),
        p.shortlisted(),
        p.selected());
  }
}
