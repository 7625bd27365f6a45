package cn.gov.jinshan.congress.suggestions.repository;

import jakarta.persistence.EntityManager;

/**
 * Makes PostgreSQL plan every statement of the current transaction for its actual parameters.
 *
 * <p>Once pgjdbc prepares a statement on the server (its 5th execution on a connection), PostgreSQL
 * may switch to a generic plan, which assumes an average congress and an unknown search text.
 * Congresses differ by orders of magnitude (the district's 100,000 items, a town's few), and so do
 * search texts, so that plan is wrong for many calls: statistics over one congress ran for more
 * than 20 s instead of 0.1 s (measured in the bench), and a search for 托育服务 took 9 ms through a
 * bitmap of the whole congress instead of 1 ms walking the newest items (EXPLAIN EXECUTE with
 * plan_cache_mode in psql). Planning each call costs a fraction of a millisecond.
 */
final class CustomPlans {
  private CustomPlans() {}

  /** Forces custom plans until the transaction ends (set_config with is_local = true). */
  static void forTransaction(EntityManager em) {
    em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
        .getSingleResult();
  }
}
