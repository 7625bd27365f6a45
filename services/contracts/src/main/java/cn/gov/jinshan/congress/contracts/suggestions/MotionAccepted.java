package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.util.List;

/** A motion (议案) was accepted (立案) by the presidium. */
@EventType(value = "congress.suggestions.MotionAccepted.v1", topic = Topics.SUGGESTIONS)
public record MotionAccepted(
    String motionId,
    String congressId,
    String title,
    String leadDeputyId,
    List<String> coSignerDeputyIds,
    Instant acceptedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return motionId;
  }
}
