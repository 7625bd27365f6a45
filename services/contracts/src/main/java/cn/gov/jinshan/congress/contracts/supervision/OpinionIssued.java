package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** Deliberation opinions (审议意见) were issued to the department with a rectification deadline. */
@EventType(value = "congress.supervision.OpinionIssued.v1", topic = Topics.SUPERVISION)
public record OpinionIssued(
    String topicId,
    String congressId,
    String opinionId,
    int hearingRound,
    LocalDate issuedOn,
    LocalDate rectificationDeadline,
    List<String> departmentIds)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
