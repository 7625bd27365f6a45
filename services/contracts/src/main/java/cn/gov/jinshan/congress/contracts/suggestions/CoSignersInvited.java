package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.util.List;

/**
 * The lead deputy invited deputies to co-sign a draft (附议邀请); only the deputies newly invited by
 * this request are listed, so an invitation repeated for the same deputy is not announced again.
 */
@EventType(value = "congress.suggestions.CoSignersInvited.v1", topic = Topics.SUGGESTIONS)
public record CoSignersInvited(
    String suggestionId,
    String congressId,
    String kind,
    String title,
    String leadDeputyId,
    List<String> invitedDeputyIds,
    Instant invitedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
