package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Staff assigned a registered suggestion (交办) to a lead department and co-handlers. */
@EventType(value = "congress.suggestions.SuggestionAssigned.v1", topic = Topics.SUGGESTIONS)
public record SuggestionAssigned(
    String suggestionId,
    String congressId,
    String registrationNumber,
    String leadDepartmentId,
    List<String> coHandlerDepartmentIds,
    LocalDate dueOn,
    Instant assignedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
