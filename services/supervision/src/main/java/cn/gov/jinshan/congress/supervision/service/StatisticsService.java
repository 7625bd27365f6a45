package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.supervision.repository.StatisticsRepository;
import cn.gov.jinshan.congress.supervision.repository.StatisticsRepository.Count;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    List<Count> status = counts.topicsByStatus(covered, year);
    List<Count> kind = counts.topicsByKind(covered, year);
    List<Count> outcomes = counts.evaluationOutcomes(covered, year);
    Map<String, Figures> per = new LinkedHashMap<>();
    for (String id : covered) {
      per.put(id, figures(status, kind, outcomes, id));
    }
    return new Statistics(congressId, year, covered, figures(status, kind, outcomes, null), per);
  }

  private static Figures figures(
      List<Count> status, List<Count> kind, List<Count> outcomes, String congressId) {
    Map<String, Long> byStatus = sum(status, congressId);
    return new Figures(
        byStatus.values().stream().mapToLong(Long::longValue).sum(),
        byStatus,
        sum(kind, congressId),
        sum(outcomes, congressId));
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
