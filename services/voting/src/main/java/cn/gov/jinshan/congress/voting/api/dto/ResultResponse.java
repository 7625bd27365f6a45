package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The official result of a round's ballot.
 *
 * @param status FINAL, or TIE_PENDING while staff must resolve a tie at the cut-off
 * @param selectedCandidateIds the selected candidates once FINAL
 * @param version the result's version: its ETag, the If-Match of a tie resolution
 * @param roundVersion the round's version: the If-Match of its next phase step
 */
public record ResultResponse(
    UUID roundId,
    int year,
    String status,
    int ballotsCounted,
    Tally tally,
    String boardDigest,
    Instant closedAt,
    String tieDecision,
    Instant tieDecidedAt,
    List<UUID> selectedCandidateIds,
    long version,
    long roundVersion) {

  public static ResultResponse from(RoundResult r, Tally tally, VotingRound round) {
    return new ResultResponse(
        r.roundId(),
        round.year(),
        r.status(),
        tally.counts().ballotsCounted(),
        tally,
        r.boardDigest(),
        r.closedAt(),
        r.tieDecision(),
        r.tieDecidedAt(),
        r.selectedCandidates(),
        r.version(),
        round.version());
  }
}
