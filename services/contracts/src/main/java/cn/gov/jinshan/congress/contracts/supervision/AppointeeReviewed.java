package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/** A performance review (述职评议) of an appointee was counted; the result is on their record. */
@EventType(value = "congress.supervision.AppointeeReviewed.v1", topic = Topics.SUPERVISION)
public record AppointeeReviewed(
    String appointeeId,
    String congressId,
    String reviewId,
    String personName,
    String post,
    String departmentId,
    LocalDate meetingDate,
    int satisfied,
    int basicallySatisfied,
    int dissatisfied,
    String outcome)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return appointeeId;
  }
}
