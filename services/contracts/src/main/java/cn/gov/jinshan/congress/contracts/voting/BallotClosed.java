package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * Staff closed the ballot; the tally is computed and the board published. Carries counts only.
 *
 * @param boardDigest SHA-256 (hex) of the canonical public board, so anyone can check the board
 *     they downloaded is the one published
 * @param tie true when the cut-off is tied and staff must resolve it before projects are selected
 */
@EventType(value = "congress.voting.BallotClosed.v1", topic = Topics.VOTING)
public record BallotClosed(
    String roundId,
    String congressId,
    int entitledCount,
    int checkedInCount,
    int participationCount,
    int ballotsCounted,
    String boardDigest,
    boolean tie,
    Instant closedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
