package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** The rectification deadline passed without a report; emitted once per opinion. */
@EventType(value = "congress.supervision.RectificationOverdue.v1", topic = Topics.SUPERVISION)
public record RectificationOverdue(
    String topicId,
    String congressId,
    String opinionId,
    List<String> departmentIds,
    LocalDate rectificationDeadline)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
