package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A handling deadline is near (DUE_SOON, 7 days ahead) or past (OVERDUE); once per deadline and
 * threshold.
 */
@EventType(value = "congress.suggestions.SuggestionOverdue.v1", topic = Topics.SUGGESTIONS)
public record SuggestionOverdue(
    String suggestionId,
    String congressId,
    String registrationNumber,
    String departmentId,
    String threshold,
    LocalDate dueOn,
    Instant detectedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
