package cn.gov.jinshan.congress.suggestions.repository;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.suggestions.repository.StatisticsRepository.Filter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Bench finding 1: after five executions pgjdbc prepares the statistics statement on the server and
 * PostgreSQL may use a generic plan. With "CAST(:term AS int) IS NULL OR s.term = ..." filters that
 * plan estimated one row and ran for more than 60 s over 100,000 items. Forcing the generic plan
 * here shows deterministically (no timing) what such a plan would filter on.
 */
@QuarkusTest
class StatisticsPlanTest {
  @Inject DataSource dataSource;
  @Inject StatisticsRepository repository;
  @Inject EntityManager entityManager;

  @Test
  void shouldNeverUseGenericPlansWhenCalledRepeatedlyOnOneConnection() {
    Filter filter = new Filter(List.of("JS-DISTRICT"), 6, 3, null);

    List<Object[]> statements =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    repository.rates(filter);
                    repository.countsByState(filter);
                    repository.countsByClass(filter);
                  }
                  return ServerPreparedPlans.matching(
                      entityManager, "statement LIKE 'WITH items%'");
                });

    // pgjdbc prepared all three on the server (threshold 5)
    ServerPreparedPlans.assertForcedCustom(statements, 3);
  }

  @Test
  void shouldKeepOnlyTheGivenFiltersInTheGenericPlan() throws Exception {
    String plan = genericPlan(new Filter(List.of("JS-DISTRICT"), 6, 3, null));

    assertThat(plan).doesNotContainIgnoringCase("IS NULL").contains("term = $2", "session = $3");
  }

  @Test
  void shouldFilterByYearWithoutNullChecks() throws Exception {
    String plan = genericPlan(new Filter(List.of("JS-DISTRICT"), null, null, 2026));

    assertThat(plan).doesNotContainIgnoringCase("IS NULL").doesNotContain("term", "session");
    assertThat(plan).contains("assigned_on >= make_date($4, 1, 1)");
  }

  /** EXPLAIN of the items query as a server-side prepared statement, generic plan forced. */
  private String genericPlan(Filter filter) throws Exception {
    String sql =
        StatisticsRepository.items(filter)
            .replace(":congresses", "$1")
            .replace(":term", "$2")
            .replace(":session", "$3")
            .replace(":year", "$4");
    StringBuilder plan = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET plan_cache_mode = force_generic_plan");
      st.execute(
          "PREPARE stats_plan(text, int, int, int) AS " + sql + "SELECT count(*) FROM items");
      try (ResultSet rs =
          st.executeQuery("EXPLAIN EXECUTE stats_plan('JS-DISTRICT', 6, 3, 2026)")) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      } finally {
        st.execute("DEALLOCATE stats_plan");
        st.execute("RESET plan_cache_mode");
      }
    }
    return plan.toString();
  }
}
