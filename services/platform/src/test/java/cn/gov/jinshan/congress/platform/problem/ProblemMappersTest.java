package cn.gov.jinshan.congress.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * The database going away is a 503 with Retry-After, not a 500 (found by FaultsIT: PostgreSQL
 * stopping under load gave 500s from every write).
 */
class ProblemMappersTest {
  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void shouldMapEveryReasonOfADomainRuleViolationToItsProblem() {
    assertThat(ProblemMappers.kindOf(RuleViolation.Reason.NOT_FOUND))
        .isEqualTo(ProblemKind.NOT_FOUND);
    assertThat(ProblemMappers.kindOf(RuleViolation.Reason.FORBIDDEN))
        .isEqualTo(ProblemKind.FORBIDDEN);
    assertThat(ProblemMappers.kindOf(RuleViolation.Reason.INVALID_STATE))
        .isEqualTo(ProblemKind.INVALID_STATE);
    assertThat(ProblemMappers.kindOf(RuleViolation.Reason.CONFLICT))
        .isEqualTo(ProblemKind.CONFLICT);
    assertThat(ProblemMappers.kindOf(RuleViolation.Reason.BUSINESS_RULE))
        .isEqualTo(ProblemKind.BUSINESS_RULE);
  }

  @Test
  void shouldAnswer503WhenTheConnectionIsRefused() {
    var e =
        new JDBCConnectionException(
            "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"));

    assertUnavailable(mappers.persistence(e, null, null));
  }

  @Test
  void shouldAnswer503WhenTheServerTerminatesTheConnection() {
    // pg_ctl stop -m fast: FATAL terminating connection due to administrator command
    var e =
        new GenericJDBCException(
            "JDBC exception executing SQL",
            new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"));

    assertUnavailable(mappers.persistence(e, null, null));
  }

  @Test
  void shouldAnswer503WhenThePoolTimesOut() {
    var e =
        new GenericJDBCException(
            "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));

    assertUnavailable(mappers.persistence(e, null, null));
  }

  @Test
  void shouldAnswer503WhenACommitFailsOnALostConnection() {
    // Reaches the catch-all mapper wrapped by the transaction layer.
    var e =
        new IllegalStateException(
            "commit failed",
            new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

    assertUnavailable(mappers.internal(e, null, null));
    assertUnavailable(mappers.internal(new RuntimeException(new ConnectException()), null, null));
    assertUnavailable(
        mappers.internal(new RuntimeException(new SQLTransientConnectionException()), null, null));
  }

  @Test
  void shouldAnswer503WhenTheCommitFailsWithTheDriverErrorOnlySuppressed() {
    // As logged in CI when PostgreSQL restarted during a commit: Narayana's RollbackException
    // (wrapped by Arc) carries the XAException, and its PSQLException, only as suppressed.
    var xa = new XAException("Error trying to transactionCommit local transaction");
    xa.initCause(
        new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(xa);
    var e = new RuntimeException("Error invoking subclass method", rollback);

    assertUnavailable(mappers.internal(e, null, null));
  }

  @Test
  void shouldStillAnswer500ForASuppressedErrorThatIsNotTheDatabaseGoingAway() {
    var rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
    rollback.addSuppressed(new SQLException("deadlock detected", "40P01"));

    assertThat(mappers.internal(new RuntimeException(rollback), null, null).getStatus())
        .isEqualTo(500);
  }

  @Test
  void shouldStillAnswer500ForOtherDatabaseErrors() {
    var e =
        new GenericJDBCException(
            "JDBC exception executing SQL", new SQLException("syntax error", "42601"));

    Response response = mappers.persistence(e, null, null);

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isNull();
    assertThat(ProblemMappers.dependencyUnavailable(new IllegalStateException("bug"))).isFalse();
  }

  @Test
  void shouldStillAnswer409ForAUniqueViolation() {
    var e =
        new ConstraintViolationException(
            "duplicate", new SQLException("duplicate key", "23505"), "uq_name");

    assertThat(mappers.persistence(e, null, null).getStatus()).isEqualTo(409);
  }

  private static void assertUnavailable(Response response) {
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getMediaType().toString()).startsWith(Problem.MEDIA_TYPE);
    assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER))
        .isEqualTo(ProblemMappers.RETRY_AFTER_SECONDS);
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.code()).isEqualTo("service-unavailable");
    assertThat(problem.title()).isEqualTo("Temporarily unavailable");
  }
}
