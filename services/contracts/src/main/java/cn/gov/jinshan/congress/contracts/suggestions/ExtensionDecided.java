package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Staff decided a lead department's request to extend the handling deadline (延期). {@code dueOn} is
 * the deadline in force after the decision: the requested date when approved, the unchanged one
 * when rejected.
 */
@EventType(value = "congress.suggestions.ExtensionDecided.v1", topic = Topics.SUGGESTIONS)
public record ExtensionDecided(
    String suggestionId,
    String congressId,
    String registrationNumber,
    String requestId,
    String departmentId,
    boolean approved,
    LocalDate dueOn,
    Instant decidedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
