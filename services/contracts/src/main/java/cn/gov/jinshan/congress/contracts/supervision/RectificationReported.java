package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;

/** The department reported in writing on its rectification (整改情况报告). */
@EventType(value = "congress.supervision.RectificationReported.v1", topic = Topics.SUPERVISION)
public record RectificationReported(
    String topicId,
    String congressId,
    String opinionId,
    String departmentId,
    LocalDate rectificationDeadline,
    Instant reportedAt,
    boolean late)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
