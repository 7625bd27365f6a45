package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** The meeting heard the department's report on a topic (听); round 2+ is a re-report. */
@EventType(value = "congress.supervision.HearingHeld.v1", topic = Topics.SUPERVISION)
public record HearingHeld(
    String topicId,
    String congressId,
    String hearingId,
    int round,
    LocalDate meetingDate,
    String departmentId,
    int attachmentCount,
    List<String> presentMemberIds)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
