package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;

/** A congress was renamed or moved to a new term or session (which numbers its registrations). */
@EventType(value = "congress.deputies.CongressUpdated.v1", topic = Topics.DEPUTIES)
public record CongressUpdated(
    String congressId,
    String name,
    String level,
    String parentCongressId,
    int currentTerm,
    int currentSession)
    implements DomainEvent, CongressDetails {
  @Override
  public String aggregateId() {
    return congressId;
  }
}
