package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The lead department posted its formal reply (答复); round 0 first, 1+ after re-handling. */
@EventType(value = "congress.suggestions.SuggestionReplied.v1", topic = Topics.SUGGESTIONS)
public record SuggestionReplied(
    String suggestionId,
    String congressId,
    String replyId,
    String departmentId,
    int round,
    String replyClass,
    boolean publishable,
    LocalDate promisedOn,
    boolean onTime,
    List<String> recipientDeputyIds,
    Instant repliedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
