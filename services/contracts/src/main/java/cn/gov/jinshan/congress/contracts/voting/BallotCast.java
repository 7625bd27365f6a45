package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/** A deputy took part in a livelihood-project ballot. Says who voted, never what. */
@EventType(value = "congress.voting.BallotCast.v1", topic = Topics.VOTING)
public record BallotCast(String roundId, String congressId, String deputyId, LocalDate castOn)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
