package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** Staff returned a submitted item to its lead deputy for revision (退回修改). */
@EventType(value = "congress.suggestions.SuggestionReturned.v1", topic = Topics.SUGGESTIONS)
public record SuggestionReturned(
    String suggestionId,
    String congressId,
    String kind,
    String leadDeputyId,
    String reason,
    Instant returnedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
