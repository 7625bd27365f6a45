package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** A supervision topic was put on a congress's annual supervision plan. */
@EventType(value = "congress.supervision.TopicPlanned.v1", topic = Topics.SUPERVISION)
public record TopicPlanned(
    String topicId,
    String congressId,
    String planId,
    int year,
    String title,
    String kind,
    String committee,
    List<String> departmentIds,
    LocalDate plannedMeetingDate)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
