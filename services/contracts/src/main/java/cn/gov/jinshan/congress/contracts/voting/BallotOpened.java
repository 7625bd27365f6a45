package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.util.List;

/**
 * The ballot of a round opened (the round entered VOTING).
 *
 * @param entitledCount ACTIVE district deputies of the congress when the ballot opened: the base of
 *     the default majority rule
 * @param checkInOpensAt when deputies may begin to check themselves in at the session (出席); null in
 *     events written before the window was part of the event
 * @param checkInClosesAt when self check-in ends; null like {@code checkInOpensAt}
 */
@EventType(value = "congress.voting.BallotOpened.v1", topic = Topics.VOTING)
public record BallotOpened(
    String roundId,
    String congressId,
    int year,
    int projectsToSelect,
    List<String> candidateIds,
    int entitledCount,
    Instant openedAt,
    Instant checkInOpensAt,
    Instant checkInClosesAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
