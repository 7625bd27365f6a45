package cn.gov.jinshan.congress.voting.service;

import static cn.gov.jinshan.congress.platform.statistics.CongressCounts.sum;
import static cn.gov.jinshan.congress.platform.statistics.CongressCounts.total;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.statistics.CongressCount;
import cn.gov.jinshan.congress.platform.statistics.CongressCounts;
import cn.gov.jinshan.congress.voting.repository.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    return new Statistics(
        congressId,
        year,
        covered,
        rows.figures(null),
        CongressCounts.perCongress(covered, rows::figures));
  }

  private record Rows(
      List<CongressCount> phases,
      List<CongressCount> ballots,
      List<CongressCount> projects,
      List<CongressCount> ratings) {
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
}
