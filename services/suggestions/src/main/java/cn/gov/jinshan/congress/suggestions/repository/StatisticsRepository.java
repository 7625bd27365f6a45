package cn.gov.jinshan.congress.suggestions.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Aggregates per lead department over the items assigned to it (tasks not sent back), in the
 * database: one pass per figure group, whatever the number of items.
 */
@ApplicationScoped
public class StatisticsRepository {
  private static final String ITEMS =
      "WITH items AS (SELECT s.id, s.state, s.final_evaluation, t.department_id"
          + " FROM handling_task t JOIN suggestion s ON s.id = t.suggestion_id"
          + " WHERE t.congress_id = :congress AND s.congress_id = :congress AND t.role = 'LEAD'"
          + " AND t.state NOT IN ('SENT_BACK', 'WITHDRAWN')"
          + " AND (CAST(:term AS int) IS NULL OR s.term = CAST(:term AS int))"
          + " AND (CAST(:session AS int) IS NULL OR s.session = CAST(:session AS int))"
          + " AND (CAST(:year AS int) IS NULL"
          + "      OR EXTRACT(YEAR FROM t.assigned_on) = CAST(:year AS int))) ";

  private final EntityManager em;

  public StatisticsRepository(EntityManager em) {
    this.em = em;
  }

  /** Rows of (department, state, count). */
  @SuppressWarnings("unchecked")
  public List<Object[]> countsByState(Filter f) {
    return bind(
            em.createNativeQuery(
                ITEMS + "SELECT department_id, state, count(*) FROM items GROUP BY 1, 2"),
            f)
        .getResultList();
  }

  /** Rows of (department, class of the latest reply, count). */
  @SuppressWarnings("unchecked")
  public List<Object[]> countsByClass(Filter f) {
    return bind(
            em.createNativeQuery(
                ITEMS
                    + "SELECT i.department_id, r.reply_class, count(*) FROM items i"
                    + " JOIN LATERAL (SELECT reply_class FROM reply r WHERE r.suggestion_id = i.id"
                    + " ORDER BY r.round DESC LIMIT 1) r ON true GROUP BY 1, 2"),
            f)
        .getResultList();
  }

  /**
   * Rows of (department, items, contacted, first replies, first replies on time, closed with an
   * evaluation or "not evaluated", satisfied or basically satisfied).
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> rates(Filter f) {
    return bind(
            em.createNativeQuery(
                ITEMS
                    + "SELECT i.department_id, count(*),"
                    + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM contact c"
                    + "   WHERE c.suggestion_id = i.id AND c.department_id = i.department_id)),"
                    + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM reply r"
                    + "   WHERE r.suggestion_id = i.id AND r.round = 0)),"
                    + " count(*) FILTER (WHERE EXISTS (SELECT 1 FROM reply r"
                    + "   WHERE r.suggestion_id = i.id AND r.round = 0 AND r.on_time)),"
                    + " count(*) FILTER (WHERE i.final_evaluation IS NOT NULL),"
                    + " count(*) FILTER (WHERE i.final_evaluation IN"
                    + "   ('SATISFIED', 'BASICALLY_SATISFIED'))"
                    + " FROM items i GROUP BY 1 ORDER BY 1"),
            f)
        .getResultList();
  }

  private static Query bind(Query q, Filter f) {
    return q.setParameter("congress", f.congressId())
        .setParameter("term", f.term())
        .setParameter("session", f.session())
        .setParameter("year", f.year());
  }

  /** Which items count. */
  public record Filter(String congressId, Integer term, Integer session, Integer year) {}
}
