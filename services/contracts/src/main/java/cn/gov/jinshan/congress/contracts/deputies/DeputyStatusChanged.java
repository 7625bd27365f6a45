package cn.gov.jinshan.congress.contracts.deputies;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/** A deputy's status changed (ACTIVE, SUSPENDED, TERMINATED). */
@EventType(value = "congress.deputies.DeputyStatusChanged.v1", topic = Topics.DEPUTIES)
public record DeputyStatusChanged(
    String deputyId,
    String congressId,
    String previousStatus,
    String status,
    LocalDate effectiveOn,
    String reason)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return deputyId;
  }
}
