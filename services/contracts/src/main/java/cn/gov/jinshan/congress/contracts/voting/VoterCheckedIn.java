package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * A deputy checked in (出席) at the session of a round's ballot.
 *
 * @param byStaff true when staff checked the deputy in, false when the deputy did it themselves
 */
@EventType(value = "congress.voting.VoterCheckedIn.v1", topic = Topics.VOTING)
public record VoterCheckedIn(
    String roundId, String congressId, String deputyId, Instant checkedInAt, boolean byStaff)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
