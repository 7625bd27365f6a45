package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** The lead deputy evaluated the reply (满意度测评). */
@EventType(value = "congress.suggestions.SuggestionEvaluated.v1", topic = Topics.SUGGESTIONS)
public record SuggestionEvaluated(
    String suggestionId,
    String congressId,
    String leadDeputyId,
    int round,
    String result,
    String nextState,
    Instant evaluatedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
