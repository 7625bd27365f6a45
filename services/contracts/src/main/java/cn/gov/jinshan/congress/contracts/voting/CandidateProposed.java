package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;

/**
 * A candidate livelihood project was proposed for a yearly round.
 *
 * @param source DEPARTMENT, DEPUTY or PUBLIC (entered by staff on behalf of the public)
 * @param proposerDeputyId set when a deputy proposed it, otherwise null
 * @param proposerDepartmentId set when a department proposed it, otherwise null
 * @param suggestionId the deputy's suggestion it comes from, when given
 */
@EventType(value = "congress.voting.CandidateProposed.v1", topic = Topics.VOTING)
public record CandidateProposed(
    String candidateId,
    String roundId,
    String congressId,
    String title,
    String source,
    String proposerDeputyId,
    String proposerDepartmentId,
    String suggestionId,
    Instant proposedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
