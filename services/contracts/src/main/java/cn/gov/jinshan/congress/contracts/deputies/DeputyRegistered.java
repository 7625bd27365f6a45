package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;

/** A deputy was registered in a congress. Personal contact data is never on the wire. */
@EventType(value = "congress.deputies.DeputyRegistered.v1", topic = Topics.DEPUTIES)
public record DeputyRegistered(
    String deputyId,
    String congressId,
    String name,
    String gender,
    String level,
    int term,
    String delegationId,
    String delegationName,
    String status,
    String userSubject)
    implements DomainEvent, DeputyDetails {
  @Override
  public String aggregateId() {
    return deputyId;
  }
}
