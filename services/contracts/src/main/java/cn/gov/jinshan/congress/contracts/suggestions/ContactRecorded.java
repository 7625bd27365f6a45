package cn.gov.jinshan.congress.contracts.suggestions;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;

/** A handling department recorded a contact with the deputy (沟通联系). */
@EventType(value = "congress.suggestions.ContactRecorded.v1", topic = Topics.SUGGESTIONS)
public record ContactRecorded(
    String suggestionId,
    String congressId,
    String contactId,
    String departmentId,
    LocalDate contactedOn,
    String way,
    Instant recordedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return suggestionId;
  }
}
