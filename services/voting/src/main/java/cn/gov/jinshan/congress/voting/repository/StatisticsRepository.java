package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.platform.statistics.CongressCount;
import cn.gov.jinshan.congress.platform.statistics.CongressCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts for the statistics, grouped per congress (the indexes lead with congress_id). The year
 * filter is only written into the SQL when given, so that no generic plan has to cover both cases
 * (as measured for suggestions' statistics).
 */
@ApplicationScoped
public class StatisticsRepository {
  /** The ballot figures summed over the published results, by key. */
  public static final List<String> BALLOT_KEYS =
      List.of("closedRounds", "entitled", "checkedIn", "participations", "ballotsCounted");

  private final EntityManager em;

  public StatisticsRepository(EntityManager em) {
    this.em = em;
  }

  /** Rounds per congress and phase. */
  public List<CongressCount> roundsByPhase(List<String> congressIds, Integer year) {
    return counts(
        "SELECT r.congress_id, r.phase, count(*) FROM voting_round r"
            + where(year)
            + " GROUP BY 1, 2",
        congressIds,
        year);
  }

  /** Projects selected per congress (key {@code selected}). */
  public List<CongressCount> projectsSelected(List<String> congressIds, Integer year) {
    return counts(
        "SELECT r.congress_id, 'selected', count(*) FROM livelihood_project p"
            + " JOIN voting_round r ON r.id = p.round_id"
            + where(year)
            + " GROUP BY 1, 2",
        congressIds,
        year);
  }

  /** Year-end ratings per congress and grade (published in aggregate only). */
  public List<CongressCount> ratings(List<String> congressIds, Integer year) {
    return counts(
        "SELECT r.congress_id, pr.rating, count(*) FROM project_rating pr"
            + " JOIN livelihood_project p ON p.id = pr.project_id"
            + " JOIN voting_round r ON r.id = p.round_id"
            + where(year)
            + " GROUP BY 1, 2",
        congressIds,
        year);
  }

  /**
   * The ballot figures of the published results per congress, keyed by {@link #BALLOT_KEYS}: the
   * numbers every result already publishes, summed.
   */
  @SuppressWarnings("unchecked")
  public List<CongressCount> ballots(List<String> congressIds, Integer year) {
    Query q =
        em.createNativeQuery(
            "SELECT r.congress_id, count(*),"
                + " sum((t.counts ->> 'entitled')::int),"
                + " sum((t.counts ->> 'checkedIn')::int),"
                + " sum((t.counts ->> 'participations')::int),"
                + " sum((t.counts ->> 'electronicBallots')::int"
                + " + (t.counts ->> 'paperBallotsReturned')::int)"
                + " FROM round_result res JOIN voting_round r ON r.id = res.round_id"
                + " CROSS JOIN LATERAL (SELECT res.tally::jsonb -> 'counts' AS counts) t"
                + where(year)
                + " GROUP BY 1");
    List<CongressCount> out = new ArrayList<>();
    for (Object[] row :
        (List<Object[]>) CongressCounts.bind(q, congressIds, year).getResultList()) {
      for (int i = 0; i < BALLOT_KEYS.size(); i++) {
        out.add(
            new CongressCount(
                (String) row[0], BALLOT_KEYS.get(i), ((Number) row[i + 1]).longValue()));
      }
    }
    return out;
  }

  private static String where(Integer year) {
    return " WHERE r.congress_id IN (:ids)" + (year == null ? "" : " AND r.year = :year");
  }

  private List<CongressCount> counts(String sql, List<String> congressIds, Integer year) {
    return CongressCounts.read(em.createNativeQuery(sql), congressIds, year);
  }
}
