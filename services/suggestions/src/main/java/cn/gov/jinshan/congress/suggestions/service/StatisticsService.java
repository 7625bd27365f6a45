package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.suggestions.repository.StatisticsRepository;
import cn.gov.jinshan.congress.suggestions.repository.StatisticsRepository.Filter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Statistics per lead department (domain.md §2): counts by state and class, and the rates. */
@ApplicationScoped
public class StatisticsService {
  public static final String ALL = "ALL";

  private final StatisticsRepository repository;
  private final CurrentUser user;

  public StatisticsService(StatisticsRepository repository, CurrentUser user) {
    this.repository = repository;
    this.user = user;
  }

  /** One row per department, then the total row ({@link #ALL}). */
  @Transactional
  public List<DepartmentFigures> figures(Integer term, Integer session, Integer year) {
    Filter filter = new Filter(user.congressId(), term, session, year);
    Map<String, Builder> rows = new TreeMap<>();
    Builder total = new Builder(ALL);
    for (Object[] r : repository.rates(filter)) {
      Builder b = rows.computeIfAbsent((String) r[0], Builder::new);
      long[] values = new long[6];
      for (int i = 0; i < 6; i++) {
        values[i] = ((Number) r[i + 1]).longValue();
      }
      b.add(values);
      total.add(values);
    }
    for (Object[] r : repository.countsByState(filter)) {
      long n = ((Number) r[2]).longValue();
      rows.get((String) r[0]).byState.merge((String) r[1], n, Long::sum);
      total.byState.merge((String) r[1], n, Long::sum);
    }
    for (Object[] r : repository.countsByClass(filter)) {
      long n = ((Number) r[2]).longValue();
      rows.get((String) r[0]).byClass.merge((String) r[1], n, Long::sum);
      total.byClass.merge((String) r[1], n, Long::sum);
    }
    List<DepartmentFigures> result = new ArrayList<>();
    rows.values().forEach(b -> result.add(b.build()));
    result.add(total.build());
    return result;
  }

  /**
   * Figures of one department (or {@link #ALL}). Rates are fractions 0..1, null without a base.
   *
   * @param onTimeReplyRate first replies on or before the deadline / first replies (按期办复率)
   * @param contactRate items with a recorded contact / items (见面率)
   * @param satisfactionRate satisfied or basically satisfied / closed items, "not evaluated"
   *     counting against (满意率)
   */
  public record DepartmentFigures(
      String departmentId,
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
    final String department;
    final Map<String, Long> byState = new LinkedHashMap<>();
    final Map<String, Long> byClass = new TreeMap<>();
    long items;
    long contacted;
    long replied;
    long onTime;
    long evaluated;
    long satisfied;

    Builder(String department) {
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

    DepartmentFigures build() {
      return new DepartmentFigures(
          department,
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
