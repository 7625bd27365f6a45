package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** A handling unit's names, kind or contacts changed, or it was deactivated ({@code active}). */
@EventType(value = "congress.suggestions.DepartmentUpdated.v1", topic = Topics.SUGGESTIONS)
public record DepartmentUpdated(
    String id,
    String congressId,
    String code,
    String name,
    String shortName,
    String kind,
    boolean active,
    Instant updatedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return id;
  }
}
