package cn.gov.jinshan.congress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.retention.RetentionJobs;
import cn.gov.jinshan.congress.platform.retention.RetentionJobs.Table;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The platform's retention jobs on a service's real database: old inbox ids and Idempotency-Key
 * records go, recent ones stay, and an instance that finds another one purging skips.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RetentionTest {
  @Inject AgroalDataSource dataSource;
  @Inject RetentionJobs retention;

  private final String owner = "retention-test-" + UUID.randomUUID();

  @Test
  void shouldDeleteConsumedEventIdsOlderThanTheirRetentionOnly() throws Exception {
    insertProcessed("old", "31 days");
    insertProcessed("recent", "29 days");

    assertThat(retention.purge(Table.PROCESSED_EVENT, Duration.ofDays(30))).isPositive();

    assertThat(
            count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = 'old'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = 'recent'"))
        .isOne();
  }

  @Test
  void shouldDeleteIdempotencyRecordsOlderThanADay() throws Exception {
    insertIdempotency("old", "25 hours");
    insertIdempotency("recent", "23 hours");

    retention.purge(Table.IDEMPOTENCY_RECORD, Duration.ofHours(24));

    assertThat(
            count(
                "SELECT count(*) FROM idempotency_record WHERE principal = ?"
                    + " AND idempotency_key = 'old'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM idempotency_record WHERE principal = ?"
                    + " AND idempotency_key = 'recent'"))
        .isOne();
  }

  @Test
  void shouldSkipWhileAnotherInstancePurgesTheSameTable() throws Exception {
    insertProcessed("old", "31 days");
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement(
              "SELECT pg_advisory_xact_lock(hashtext('retention-processed_event'))")) {
        lock.execute();
      }

      assertThat(retention.purge(Table.PROCESSED_EVENT, Duration.ofDays(30))).isEqualTo(-1);
      assertThat(
              count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = 'old'"))
          .isOne();
      other.rollback();
    }
    retention.purge(Table.PROCESSED_EVENT, Duration.ofDays(30));
    assertThat(
            count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = 'old'"))
        .isZero();
  }

  private void insertProcessed(String eventId, String age) throws SQLException {
    execute(
        "INSERT INTO processed_event (consumer, event_id, event_type, processed_at)"
            + " VALUES (?, '"
            + eventId
            + "', 'Test', now() - interval '"
            + age
            + "')");
  }

  private void insertIdempotency(String key, String age) throws SQLException {
    execute(
        "INSERT INTO idempotency_record (principal, idempotency_key, congress_id, request_hash,"
            + " status, created_at) VALUES (?, '"
            + key
            + "', 'JS-TEST', 'h', 201, now() - interval '"
            + age
            + "')");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, owner);
      s.executeUpdate();
    }
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, owner);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
