package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** A department sent its task back (退办) as not its remit; when the lead did, staff reassign. */
@EventType(value = "congress.suggestions.SuggestionSentBack.v1", topic = Topics.SUGGESTIONS)
public record SuggestionSentBack(
    String suggestionId,
    String congressId,
    String departmentId,
    String role,
    String reason,
    Instant sentBackAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
