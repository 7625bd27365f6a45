package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** Staff merged a suggestion into another (并案); the reply of the target reaches every author. */
@EventType(value = "congress.suggestions.SuggestionMerged.v1", topic = Topics.SUGGESTIONS)
public record SuggestionMerged(
    String suggestionId,
    String congressId,
    String mergedIntoId,
    String leadDeputyId,
    Instant mergedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
