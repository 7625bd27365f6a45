package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** Staff registered (立案) a submitted suggestion; the number is term-session-sequence. */
@EventType(value = "congress.suggestions.SuggestionRegistered.v1", topic = Topics.SUGGESTIONS)
public record SuggestionRegistered(
    String suggestionId,
    String congressId,
    String registrationNumber,
    int term,
    int session,
    String title,
    String leadDeputyId,
    Instant registeredAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
