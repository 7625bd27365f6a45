package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/** The responsible department reported progress on a livelihood project. */
@EventType(value = "congress.voting.ProgressReported.v1", topic = Topics.VOTING)
public record ProgressReported(
    String reportId,
    String projectId,
    String roundId,
    String congressId,
    String departmentId,
    int percentage,
    Instant reportedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return projectId;
  }
}
