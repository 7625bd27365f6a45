package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;

/** A congress (the district or a town) was added to the platform. */
@EventType(value = "congress.deputies.CongressRegistered.v1", topic = Topics.DEPUTIES)
public record CongressRegistered(
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
