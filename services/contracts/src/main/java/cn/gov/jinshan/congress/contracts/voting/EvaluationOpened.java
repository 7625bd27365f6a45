package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.util.List;

/**
 * The year-end satisfaction rating of a round's projects opened (the round entered EVALUATING):
 * deputies may now rate each selected project.
 *
 * @param projectIds the round's livelihood projects, the ones to be rated
 */
@EventType(value = "congress.voting.EvaluationOpened.v1", topic = Topics.VOTING)
public record EvaluationOpened(
    String roundId, String congressId, int year, List<String> projectIds, Instant openedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
