package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.util.List;

/** The lead deputy submitted a suggestion or motion; co-signers are those who accepted. */
@EventType(value = "congress.suggestions.SuggestionSubmitted.v1", topic = Topics.SUGGESTIONS)
public record SuggestionSubmitted(
    String suggestionId,
    String congressId,
    String kind,
    String title,
    String leadDeputyId,
    List<String> coSignerDeputyIds,
    Instant submittedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
