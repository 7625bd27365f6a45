package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.repository.StatisticsRepository;
import cn.gov.jinshan.congress.suggestions.repository.StatisticsRepository.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics per lead department (domain.md §2): counts by state and class, and the rates; of one
 * congress, or of a district with its towns rolled up.
 */
@ApplicationScoped
public class StatisticsService {
  public static final String ALL = "ALL";

  /** The name of the total rows. */
  public static final String TOTAL = "合计";

  private final StatisticsRepository repository;
  private final Access access;
  private final CongressScope congresses;
  private final DepartmentService departments;

  public StatisticsService(
      StatisticsRepository repository,
      Access access,
      CongressScope congresses,
      DepartmentService departments) {
    this.departments = departments;
    this.repository = repository;
    this.access = access;
    this.congresses = congresses;
  }

  /**
   * One row per congress and department, then the total row ({@link #ALL}) of each congress, and
   * with towns included a last row over all of them (congress {@link #ALL}).
   *
   * @param congressId the congress (default the caller's; a town below it with cross_congress)
   * @param rollUp roll the congress's towns up with it (needs the cross_congress role)
   */
  @Transactional
  public List<DepartmentFigures> figures(
      String congressId, boolean rollUp, Integer term, Integer session, Integer year) {
    String congress = access.listedCongress(congressId);
    List<String> congresses = new ArrayList<>(List.of(congress));
    if (rollUp) {
      if (!access.readsAcross()) {
        throw ProblemException.forbidden("forbidden.congress");
      }
      congresses.addAll(this.congresses.towns(congress));
    }
    Filter filter = new Filter(congresses, term, session, year);
    Map<List<String>, Builder> rows = new TreeMap<>(KEY_ORDER);
    Map<String, Builder> totals = new TreeMap<>();
    for (String c : congresses) {
      totals.put(c, new Builder(c, ALL));
    }
    Builder grand = new Builder(ALL, ALL);
    for (Object[] r : repository.rates(filter)) {
      String c = (String) r[0];
      Builder b = rows.computeIfAbsent(List.of(c, (String) r[1]), k -> new Builder(c, k.get(1)));
      long[] values = new long[6];
      for (int i = 0; i < 6; i++) {
        values[i] = ((Number) r[i + 2]).longValue();
      }
      b.add(values);
      totals.get(c).add(values);
      grand.add(values);
    }
    for (Object[] r : repository.countsByState(filter)) {
      long n = ((Number) r[3]).longValue();
      String state = (String) r[2];
      rows.get(List.of((String) r[0], (String) r[1])).byState.merge(state, n, Long::sum);
      totals.get((String) r[0]).byState.merge(state, n, Long::sum);
      grand.byState.merge(state, n, Long::sum);
    }
    for (Object[] r : repository.countsByClass(filter)) {
      long n = ((Number) r[3]).longValue();
      String replyClass = (String) r[2];
      rows.get(List.of((String) r[0], (String) r[1])).byClass.merge(replyClass, n, Long::sum);
      totals.get((String) r[0]).byClass.merge(replyClass, n, Long::sum);
      grand.byClass.merge(replyClass, n, Long::sum);
    }
    List<DepartmentFigures> result = new ArrayList<>();
    DepartmentNames names = departments.names(congresses);
    rows.values().forEach(b -> result.add(b.build(names)));
    if (rollUp) {
      totals.values().forEach(b -> result.add(b.build(names)));
      result.add(grand.build(names));
    } else {
      result.add(totals.get(congress).build(names));
    }
    return result;
  }

  private static final Comparator<List<String>> KEY_ORDER =
      Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1));

  /**
   * Figures of one department (or {@link #ALL}). Rates are fractions 0..1, null without a base.
   *
   * @param onTimeReplyRate first replies on or before the deadline / first replies (按期办复率)
   * @param contactRate items with a recorded contact / items (见面率)
   * @param satisfactionRate satisfied or basically satisfied / closed items, "not evaluated"
   *     counting against (满意率)
   */
  public record DepartmentFigures(
      String congressId,
      String departmentId,
      String departmentName,
      long items,
      Map<String, Long> byState,
      Map<String, Long> byClass,
      long replied,
      long repliedOnTime,
      Double onTimeReplyRate,
      long contacted,
      Double contactRate,
      long closedEvaluated,
      long satisfied,
      Double satisfactionRate) {}

  private static final class Builder {
    final String congress;
    final String department;
    final Map<String, Long> byState = new LinkedHashMap<>();
    final Map<String, Long> byClass = new TreeMap<>();
    long items;
    long contacted;
    long replied;
    long onTime;
    long evaluated;
    long satisfied;

    Builder(String congress, String department) {
      this.congress = congress;
      this.department = department;
    }

    void add(long[] v) {
      items += v[0];
      contacted += v[1];
      replied += v[2];
      onTime += v[3];
      evaluated += v[4];
      satisfied += v[5];
    }

    DepartmentFigures build(DepartmentNames names) {
      return new DepartmentFigures(
          congress,
          department,
          ALL.equals(department) ? TOTAL : names.of(congress, department),
          items,
          byState,
          byClass,
          replied,
          onTime,
          rate(onTime, replied),
          contacted,
          rate(contacted, items),
          evaluated,
          satisfied,
          rate(satisfied, evaluated));
    }

    private static Double rate(long part, long whole) {
      return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
  }
}
