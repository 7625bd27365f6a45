package cn.gov.jinshan.congress.supervision.service;

import static cn.gov.jinshan.congress.platform.statistics.CongressCounts.sum;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.statistics.CongressCount;
import cn.gov.jinshan.congress.platform.statistics.CongressCounts;
import cn.gov.jinshan.congress.supervision.repository.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Supervision statistics of one congress (topics per status and kind, evaluation outcomes), and of
 * a district with its towns rolled up for a cross-congress reader.
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

  /** Counts by key; evaluation outcomes are keyed "SUBJECT:OUTCOME", e.g. REPORT:SATISFIED. */
  public record Figures(
      long topics,
      Map<String, Long> topicsByStatus,
      Map<String, Long> topicsByKind,
      Map<String, Long> evaluationOutcomes) {}

  @Transactional
  public Statistics of(String requestedCongress, Integer year, boolean rollUp) {
    String congressId = scope.readable(requestedCongress);
    List<String> covered = scope.covered(congressId, rollUp);
    List<CongressCount> status = counts.topicsByStatus(covered, year);
    List<CongressCount> kind = counts.topicsByKind(covered, year);
    List<CongressCount> outcomes = counts.evaluationOutcomes(covered, year);
    return new Statistics(
        congressId,
        year,
        covered,
        figures(status, kind, outcomes, null),
        CongressCounts.perCongress(covered, id -> figures(status, kind, outcomes, id)));
  }

  private static Figures figures(
      List<CongressCount> status,
      List<CongressCount> kind,
      List<CongressCount> outcomes,
      String congressId) {
    Map<String, Long> byStatus = sum(status, congressId);
    return new Figures(
        CongressCounts.total(byStatus), byStatus, sum(kind, congressId), sum(outcomes, congressId));
  }
}
