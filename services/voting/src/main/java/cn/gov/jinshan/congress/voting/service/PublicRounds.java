package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.CandidateRepository;
import cn.gov.jinshan.congress.voting.repository.ProjectRepository;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rounds of a congress as anyone may see them, newest year first: what the round is and how far
 * it got, with how many projects were proposed, put on the ballot and selected. Nothing about the
 * voters (who is entitled, who checked in or voted) is read here.
 */
@ApplicationScoped
public class PublicRounds {
  private final VotingRoundRepository rounds;
  private final CandidateRepository candidates;
  private final ProjectRepository projects;

  public PublicRounds(
      VotingRoundRepository rounds, CandidateRepository candidates, ProjectRepository projects) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.projects = projects;
  }

  /** A round with its project counts. */
  public record PublicRound(VotingRound round, long proposed, long shortlisted, long selected) {}

  /** A page of the congress's rounds that were not cancelled, after the keyset (year, id). */
  @Transactional
  public List<PublicRound> page(String congressId, Integer beforeYear, UUID beforeId, int limit) {
    List<VotingRound> page = rounds.publicPage(congressId, beforeYear, beforeId, limit);
    List<UUID> ids = page.stream().map(VotingRound::id).toList();
    Map<UUID, Map<CandidateStatus, Long>> byStatus = candidates.countsByRound(congressId, ids);
    Map<UUID, Long> selected = projects.countsByRound(congressId, ids);
    return page.stream()
        .map(
            r -> {
              Map<CandidateStatus, Long> counts = byStatus.getOrDefault(r.id(), Map.of());
              long all = counts.values().stream().mapToLong(Long::longValue).sum();
              return new PublicRound(
                  r,
                  all,
                  counts.getOrDefault(CandidateStatus.SHORTLISTED, 0L),
                  selected.getOrDefault(r.id(), 0L));
            })
        .toList();
  }
}
