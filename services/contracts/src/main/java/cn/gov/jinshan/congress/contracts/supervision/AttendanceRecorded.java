package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** Attendance of a hearing was recorded; deputies present get it on their performance record. */
@EventType(value = "congress.supervision.AttendanceRecorded.v1", topic = Topics.SUPERVISION)
public record AttendanceRecorded(
    String topicId,
    String congressId,
    String topicTitle,
    LocalDate meetingDate,
    List<String> presentDeputyIds)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
