package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/**
 * An activity was added to a deputy's performance record.
 *
 * @param sourceEventId the event that caused it when recorded automatically, otherwise null
 */
@EventType(value = "congress.deputies.ActivityRecorded.v1", topic = Topics.DEPUTIES)
public record ActivityRecorded(
    String activityId,
    String deputyId,
    String congressId,
    String kind,
    LocalDate occurredOn,
    String title,
    String sourceEventId)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return deputyId;
  }
}
