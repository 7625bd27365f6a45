package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** Staff marked a suggestion for key supervision (重点督办) with its supervising leader. */
@EventType(value = "congress.suggestions.KeySupervisionMarked.v1", topic = Topics.SUGGESTIONS)
public record KeySupervisionMarked(
    String suggestionId,
    String congressId,
    String registrationNumber,
    String title,
    String supervisingLeader,
    String leadDepartmentId,
    Instant markedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
