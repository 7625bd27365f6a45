package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.LivelihoodProject;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.CandidateRepository;
import cn.gov.jinshan.congress.voting.repository.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns the candidates a final result selects into livelihood projects, and announces them. */
@ApplicationScoped
public class ProjectSelection {
  private final CandidateRepository candidates;
  private final ProjectRepository projects;
  private final OutboxWriter outbox;
  private final CurrentUser user;

  public ProjectSelection(
      CandidateRepository candidates,
      ProjectRepository projects,
      OutboxWriter outbox,
      CurrentUser user) {
    this.candidates = candidates;
    this.projects = projects;
    this.outbox = outbox;
    this.user = user;
  }

  /**
   * @param decision the recorded decision that resolved a tie at the cut-off, or null
   */
  public void select(
      VotingRound round, Tally tally, List<UUID> selected, String decision, Instant now) {
    Map<UUID, Integer> forVotes = new HashMap<>();
    tally.lines().forEach(l -> forVotes.put(l.candidateId(), l.forVotes()));
    List<ProjectsSelected.SelectedProject> chosen = new ArrayList<>();
    for (UUID candidateId : selected) {
      Candidate candidate =
          candidates.findInRound(round.congressId(), round.id(), candidateId).orElseThrow();
      LivelihoodProject project =
          LivelihoodProject.select(candidate, forVotes.get(candidateId), now);
      projects.persist(project);
      chosen.add(
          new ProjectsSelected.SelectedProject(
              project.id().toString(),
              candidateId.toString(),
              project.title(),
              project.responsibleDepartmentId(),
              project.forVotes()));
    }
    outbox.append(RoundEvents.selected(round, chosen, decision, now), user.subject());
  }
}
