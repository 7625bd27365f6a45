package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.Tally;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The official result of a round's ballot.
 *
 * @param status FINAL, or TIE_PENDING while staff must resolve a tie at the cut-off
 * @param selectedCandidateIds the selected candidates once FINAL
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
    long version) {

  public static ResultResponse from(RoundResult r, Tally tally, int year) {
    return new ResultResponse(
        r.roundId(),
        year,
        r.status(),
        tally.counts().ballotsCounted(),
        tally,
        r.boardDigest(),
        r.closedAt(),
        r.tieDecision(),
        r.tieDecidedAt(),
        r.selectedCandidates(),
        r.version());
  }
}
