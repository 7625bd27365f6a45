package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * A town congress referred an item to another level (多级联动): to the district, where it became item
 * {@code referredToId} in {@code targetCongressId}; or to the city, only noted with the city's
 * reference ({@code referredToId} and {@code targetCongressId} null).
 */
@EventType(value = "congress.suggestions.SuggestionReferred.v1", topic = Topics.SUGGESTIONS)
public record SuggestionReferred(
    String suggestionId,
    String congressId,
    String targetLevel,
    String targetCongressId,
    String referredToId,
    String leadDeputyId,
    String reason,
    String cityReference,
    Instant referredAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
