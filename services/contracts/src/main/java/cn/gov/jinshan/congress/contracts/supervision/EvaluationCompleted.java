package cn.gov.jinshan.congress.contracts.supervision;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/** A satisfaction vote (满意度测评) on a topic's report or rectification was counted and published. */
@EventType(value = "congress.supervision.EvaluationCompleted.v1", topic = Topics.SUPERVISION)
public record EvaluationCompleted(
    String evaluationId,
    String congressId,
    String topicId,
    String subject,
    LocalDate meetingDate,
    int satisfied,
    int basicallySatisfied,
    int dissatisfied,
    int eligible,
    String outcome)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return topicId;
  }
}
