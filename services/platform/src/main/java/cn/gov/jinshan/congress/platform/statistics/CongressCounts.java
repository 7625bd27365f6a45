package cn.gov.jinshan.congress.platform.statistics;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reading and summing {@link CongressCount} rows: the shared skeleton of the statistics routes,
 * which answer the figures of the covered congresses summed and the same figures per congress.
 */
public final class CongressCounts {
  private CongressCounts() {}

  /**
   * Runs a native query that selects (congress id, key, count) with the parameters {@code :ids}
   * and, when {@code year} is given, {@code :year}. The year is a parameter only when the SQL
   * filters on it, so that no generic plan has to cover both cases.
   */
  @SuppressWarnings("unchecked")
  public static List<CongressCount> read(Query query, List<String> congressIds, Integer year) {
    return ((List<Object[]>) bind(query, congressIds, year).getResultList())
        .stream()
            .map(r -> new CongressCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
            .toList();
  }

  /** Binds {@code :ids}, and {@code :year} when given. */
  public static Query bind(Query query, List<String> congressIds, Integer year) {
    query.setParameter("ids", congressIds);
    if (year != null) {
      query.setParameter("year", year);
    }
    return query;
  }

  /** The counts of one congress by key, or of every congress summed when it is null; sorted. */
  public static Map<String, Long> sum(List<CongressCount> rows, String congressIdOrAll) {
    Map<String, Long> out = new TreeMap<>();
    for (CongressCount c : rows) {
      if (congressIdOrAll == null || congressIdOrAll.equals(c.congressId())) {
        out.merge(c.key(), c.count(), Long::sum);
      }
    }
    return out;
  }

  /** The sum of a map's counts. */
  public static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The figures of each covered congress, in the covered order. */
  public static <F> Map<String, F> perCongress(List<String> covered, Function<String, F> figures) {
    Map<String, F> out = new LinkedHashMap<>();
    for (String id : covered) {
      out.put(id, figures.apply(id));
    }
    return out;
  }
}
