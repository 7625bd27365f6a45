package cn.gov.jinshan.congress.contracts.voting;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.Topics;
import java.time.Instant;
import java.util.List;

/**
 * The livelihood projects of a round are final (after the tally, and after staff resolved a tie at
 * the cut-off when there was one).
 *
 * @param tieDecision the recorded decision that resolved a tie, null when there was none
 */
@EventType(value = "congress.voting.ProjectsSelected.v1", topic = Topics.VOTING)
public record ProjectsSelected(
    String roundId,
    String congressId,
    int year,
    List<SelectedProject> projects,
    String tieDecision,
    Instant selectedAt)
    implements DomainEvent {
  @Override
  public String aggregateId() {
    return roundId;
  }

  /** One selected project. */
  public record SelectedProject(
      String projectId,
      String candidateId,
      String title,
      String responsibleDepartmentId,
      int forVotes) {}
}
