package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;

/** A deputy's directory data changed; carries the new values. */
@EventType(value = "congress.deputies.DeputyUpdated.v1", topic = Topics.DEPUTIES)
public record DeputyUpdated(
    String deputyId,
    String congressId,
    String name,
    String gender,
    String level,
    int term,
    String delegationId,
    String delegationName,
    String userSubject)
    implements DomainEvent, DeputyDetails {
  @Override
  public String aggregateId() {
    return deputyId;
  }
}
