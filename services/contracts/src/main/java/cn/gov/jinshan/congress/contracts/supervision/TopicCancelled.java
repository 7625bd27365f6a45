package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * A topic put on a plan by mistake was withdrawn before any supervision work on it began (it was
 * still PLANNED); it no longer counts in its plan's year.
 */
@EventType(value = "congress.supervision.TopicCancelled.v1", topic = Topics.SUPERVISION)
public record TopicCancelled(
    String topicId,
    String congressId,
    String planId,
    int planYear,
    String title,
    String reason,
    Instant cancelledAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
