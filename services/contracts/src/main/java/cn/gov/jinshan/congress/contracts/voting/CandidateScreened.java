package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;

/**
 * A candidate was screened (论证初定): shortlisted with feasibility, estimated cost and responsible
 * department, or rejected with a reason.
 *
 * @param outcome SHORTLISTED or REJECTED
 * @param estimatedCost in yuan as a decimal string (exact, e.g. "12500000.00"), null when rejected
 */
@EventType(value = "congress.voting.CandidateScreened.v1", topic = Topics.VOTING)
public record CandidateScreened(
    String candidateId,
    String roundId,
    String congressId,
    String outcome,
    String feasibility,
    String estimatedCost,
    String responsibleDepartmentId,
    String rejectionReason)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }
}
