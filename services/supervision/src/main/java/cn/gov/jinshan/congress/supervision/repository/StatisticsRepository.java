package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.platform.statistics.CongressCount;
import cn.gov.jinshan.congress.platform.statistics.CongressCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Counts for the statistics, grouped per congress (the indexes lead with congress_id). */
@ApplicationScoped
public class StatisticsRepository {
  private final EntityManager em;

  public StatisticsRepository(EntityManager em) {
    this.em = em;
  }

  /** Topics per congress and status, of the plans of a year when given. */
  public List<CongressCount> topicsByStatus(List<String> congressIds, Integer year) {
    return topics("t.status", congressIds, year);
  }

  /** Topics per congress and kind, of the plans of a year when given. */
  public List<CongressCount> topicsByKind(List<String> congressIds, Integer year) {
    return topics("t.kind", congressIds, year);
  }

  /** Completed evaluations per congress and "SUBJECT:OUTCOME", meetings of a year when given. */
  public List<CongressCount> evaluationOutcomes(List<String> congressIds, Integer year) {
    Query q =
        em.createNativeQuery(
            "SELECT e.congress_id, e.subject || ':' || e.outcome, count(*) FROM evaluation e"
                + " WHERE e.congress_id IN (:ids) AND e.status = 'COMPLETED'"
                + (year == null
                    ? ""
                    : " AND e.meeting_date >= make_date(:year, 1, 1)"
                        + " AND e.meeting_date < make_date(:year + 1, 1, 1)")
                + " GROUP BY 1, 2");
    return CongressCounts.read(q, congressIds, year);
  }

  private List<CongressCount> topics(String column, List<String> congressIds, Integer year) {
    Query q =
        em.createNativeQuery(
            "SELECT t.congress_id, "
                + column
                + ", count(*) FROM supervision_topic t"
                + (year == null
                    ? " WHERE t.congress_id IN (:ids)"
                    : " JOIN supervision_plan p ON p.id = t.plan_id AND p.congress_id = t.congress_id"
                        + " WHERE t.congress_id IN (:ids) AND p.year = :year")
                + " GROUP BY 1, 2");
    return CongressCounts.read(q, congressIds, year);
  }
}
