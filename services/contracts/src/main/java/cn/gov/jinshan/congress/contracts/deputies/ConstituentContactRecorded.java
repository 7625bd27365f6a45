package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/** A deputy recorded an opinion received from a constituent; the constituent is not named. */
@EventType(value = "congress.deputies.ConstituentContactRecorded.v1", topic = Topics.DEPUTIES)
public record ConstituentContactRecorded(
    String contactId,
    String deputyId,
    String congressId,
    String stationId,
    LocalDate receivedOn,
    String subject)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return deputyId;
  }
}
