package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * An administrator registered a handling unit (承办单位) of a congress; {@code code} is what tasks and
 * other events call {@code departmentId}.
 */
@EventType(value = "congress.suggestions.DepartmentRegistered.v1", topic = Topics.SUGGESTIONS)
public record DepartmentRegistered(
    String id,
    String congressId,
    String code,
    String name,
    String shortName,
    String kind,
    boolean active,
    Instant registeredAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return id;
  }
}
