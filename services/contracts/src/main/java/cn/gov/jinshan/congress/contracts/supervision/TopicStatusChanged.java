package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;

/** A supervision topic moved from one lifecycle state to the next (every transition). */
@EventType(value = "congress.supervision.TopicStatusChanged.v1", topic = Topics.SUPERVISION)
public record TopicStatusChanged(
    String topicId, String congressId, String fromStatus, String toStatus, int hearingRound)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
