package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * Staff cancelled a round before its ballot opened (e.g. opened for the wrong year); its candidates
 * will not be voted on, and the congress may open another round for the same year. Who cancelled is
 * the envelope's actor.
 *
 * @param phase the phase the round was in when cancelled (COLLECTING or SCREENING)
 * @param reason why, as recorded by staff
 */
@EventType(value = "congress.voting.RoundCancelled.v1", topic = Topics.VOTING)
public record RoundCancelled(
    String roundId, String congressId, int year, String phase, String reason, Instant cancelledAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
