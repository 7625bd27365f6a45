package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.LocalDate;

/**
 * A deputy gave their year-end rating of a project. Says who rated, not the rating: results are
 * published in aggregate.
 */
@EventType(value = "congress.voting.ProjectEvaluated.v1", topic = Topics.VOTING)
public record ProjectEvaluated(
    String projectId, String roundId, String congressId, String deputyId, LocalDate evaluatedOn)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return projectId;
  }
}
