package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** The item was closed (办结); finalEvaluation is NOT_EVALUATED when none came in time. */
@EventType(value = "congress.suggestions.SuggestionClosed.v1", topic = Topics.SUGGESTIONS)
public record SuggestionClosed(
    String suggestionId,
    String congressId,
    String registrationNumber,
    String finalReplyClass,
    String finalEvaluation,
    Instant closedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
