package cn.gov.jinshan.congress.suggestions.repository;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The statements pgjdbc has prepared on the server for this connection (its 5th execution on it),
 * with how often PostgreSQL used a generic plan for them and the plan_cache_mode in force.
 */
final class ServerPreparedPlans {
  private ServerPreparedPlans() {}

  /** Call inside the transaction that ran the statements: {@code condition} selects them. */
  @SuppressWarnings("unchecked")
  static List<Object[]> matching(EntityManager em, String condition) {
    return (List<Object[]>)
        em.createNativeQuery(
                "SELECT generic_plans, current_setting('plan_cache_mode')"
                    + " FROM pg_prepared_statements WHERE "
                    + condition)
            .getResultList();
  }

  /**
   * On small test data PostgreSQL would keep custom plans anyway, so the check is that they were
   * forced: with 100,000 items in one congress "auto" switches to the generic plan after five
   * executions.
   */
  static void assertForcedCustom(List<Object[]> statements, int expected) {
    assertThat(statements).hasSize(expected);
    assertThat(statements)
        .allSatisfy(
            r -> {
              assertThat(((Number) r[0]).longValue()).isZero();
              assertThat(r[1]).isEqualTo("force_custom_plan");
            });
  }
}
