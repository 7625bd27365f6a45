package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** A motion was converted to a suggestion (转为建议); both keep the link. */
@EventType(value = "congress.suggestions.MotionConverted.v1", topic = Topics.SUGGESTIONS)
public record MotionConverted(
    String motionId,
    String congressId,
    String suggestionId,
    String leadDeputyId,
    Instant convertedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return motionId;
  }
}
