package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.voting.repository.StatisticsRepository;
import cn.gov.jinshan.congress.voting.repository.StatisticsRepository.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Voting statistics of one congress (rounds per phase, the published ballots' figures, projects
 * selected, year-end ratings), and of a district with its towns rolled up for a cross-congress
 * reader. Only what results already publish is summed: nothing per deputy.
 */
@ApplicationScoped
public class StatisticsService {
  private final StatisticsRepository counts;
  private final CongressScope scope;

  public StatisticsService(StatisticsRepository counts, CongressScope scope) {
    this.counts = counts;
    this.scope = scope;
  }

  /** Totals over the covered congresses, and the same figures per congress. */
  public record Statistics(
      String congressId,
      Integer year,
      List<String> congressIds,
      Figures total,
      Map<String, Figures> perCongress) {}

  /**
   * The figures of one congress or of several summed.
   *
   * @param ballots closedRounds, entitled, checkedIn, participations, ballotsCounted summed over
   *     the published results
   * @param ratings year-end ratings per grade
   */
  public record Figures(
      long rounds,
      Map<String, Long> roundsByPhase,
      Map<String, Long> ballots,
      long projectsSelected,
      Map<String, Long> ratings) {}

  @Transactional
  public Statistics of(String requestedCongress, Integer year, boolean rollUp) {
    String congressId = scope.readable(requestedCongress);
    List<String> covered = scope.covered(congressId, rollUp);
    Rows rows =
        new Rows(
            counts.roundsByPhase(covered, year),
            counts.ballots(covered, year),
            counts.projectsSelected(covered, year),
            counts.ratings(covered, year));
    Map<String, Figures> per = new LinkedHashMap<>();
    for (String id : covered) {
      per.put(id, rows.figures(id));
    }
    return new Statistics(congressId, year, covered, rows.figures(null), per);
  }

  private record Rows(
      List<Count> phases, List<Count> ballots, List<Count> projects, List<Count> ratings) {
    /** The figures of one congress, or of all when {@code congressId} is null. */
    Figures figures(String congressId) {
      Map<String, Long> byPhase = sum(phases, congressId);
      Map<String, Long> ballotFigures = new LinkedHashMap<>();
      StatisticsRepository.BALLOT_KEYS.forEach(k -> ballotFigures.put(k, 0L));
      sum(ballots, congressId).forEach(ballotFigures::put);
      return new Figures(
          total(byPhase),
          byPhase,
          ballotFigures,
          total(sum(projects, congressId)),
          sum(ratings, congressId));
    }
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  private static Map<String, Long> sum(List<Count> rows, String congressId) {
    Map<String, Long> out = new TreeMap<>();
    for (Count c : rows) {
      if (congressId == null || congressId.equals(c.congressId())) {
        out.merge(c.key(), c.count(), Long::sum);
      }
    }
    return out;
  }
}
