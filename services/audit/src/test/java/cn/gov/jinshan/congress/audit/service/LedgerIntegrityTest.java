package cn.gov.jinshan.congress.audit.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.audit.support.AuditEvents;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The ledger is append-only for the service's own role, and any change made behind its back (as the
 * database superuser) is found by the verification at exactly the sequence number changed. Every
 * change is undone in a finally block: the ledger is shared by all tests.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LedgerIntegrityTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void shouldRefuseUpdateDeleteAndTruncateToTheServiceRole() throws Exception {
    long seq = storedEntry().getLong("seq");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () -> s.executeUpdate("UPDATE audit_entry SET subject = 'x' WHERE seq = " + seq))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + seq))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_entry"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM ledger_checkpoint"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void shouldVerifyTheWholeChain() {
    storedEntry();
    JsonPath report = verification(null, null);
    assertThat(report.getString("status")).isEqualTo("OK");
    assertThat(report.getLong("checked")).isEqualTo(report.getLong("headSeq"));
    assertThat(report.getString("firstBroken")).isNull();
  }

  @Test
  void shouldReportExactlyTheSequenceNumberChangedBySuperuser() throws Exception {
    long seq = storedEntry().getLong("seq");
    try (Connection admin = superuser()) {
      String original = column(admin, seq, "raw");
      bypassTriggers(admin);
      update(admin, seq, "raw", original.replace("关于", "有关"));
      try {
        JsonPath report = verification(null, null);
        assertThat(report.getString("status")).isEqualTo("BROKEN");
        assertThat(report.getLong("firstBroken")).isEqualTo(seq);
        assertThat(report.getString("reason")).isEqualTo("HASH_MISMATCH");
      } finally {
        update(admin, seq, "raw", original);
      }
      assertThat(verification(null, null).getString("status")).isEqualTo("OK");
    }
  }

  @Test
  void shouldReportAnEntryRemovedBySuperuserAsAGap() throws Exception {
    long seq = storedEntry().getLong("seq");
    try (Connection admin = superuser()) {
      bypassTriggers(admin);
      try (Statement s = admin.createStatement()) {
        s.execute("CREATE TEMP TABLE kept AS SELECT * FROM audit_entry WHERE seq = " + seq);
        s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + seq);
      }
      try {
        JsonPath report = verification(Math.max(1, seq - 3), null);
        assertThat(report.getString("status")).isEqualTo("BROKEN");
        assertThat(report.getLong("firstBroken")).isEqualTo(seq);
        assertThat(report.getString("reason")).isEqualTo("GAP");
      } finally {
        try (Statement s = admin.createStatement()) {
          s.executeUpdate(
              "INSERT INTO audit_entry (seq, event_id, congress_id, event_type, source, subject,"
                  + " actor_id, event_time, topic, kafka_partition, kafka_offset, received_at,"
                  + " status, raw, hash) SELECT seq, event_id, congress_id, event_type, source,"
                  + " subject, actor_id, event_time, topic, kafka_partition, kafka_offset,"
                  + " received_at, status, raw, hash FROM kept");
        }
      }
      assertThat(verification(null, null).getString("status")).isEqualTo("OK");
    }
  }

  @Test
  void shouldVerifyRecentEntriesFromTheNearestCheckpoint() {
    try (AuditEvents events = AuditEvents.create()) {
      List<EventEnvelope> sent = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        EventEnvelope e = events.event("congress.deputies.ActivityRecorded.v1").build();
        events.publish(Topics.DEPUTIES, e);
        sent.add(e);
      }
      long last = events.awaitStored(sent.get(11).id()).getLong("seq");

      JsonPath report = verification(last, last);
      assertThat(report.getString("status")).isEqualTo("OK");
      // checkpoints every 10 entries in tests: the walk starts at most 10 entries back
      assertThat(report.getLong("checkpoint")).isGreaterThanOrEqualTo(last - 10);
      assertThat(report.getLong("checked")).isLessThanOrEqualTo(10);
    }
  }

  @Test
  void shouldFindAChangeBeforeTheRangeButAfterItsCheckpoint() throws Exception {
    JsonPath entry = storedEntry();
    long seq = entry.getLong("seq");
    try (Connection admin = superuser()) {
      String original = column(admin, seq, "subject");
      bypassTriggers(admin);
      update(admin, seq, "subject", "forged");
      try {
        JsonPath report = verification(seq, seq);
        assertThat(report.getLong("firstBroken")).isEqualTo(seq);
      } finally {
        update(admin, seq, "subject", original);
      }
    }
  }

  @Test
  void shouldRefuseABackwardsRange() {
    String token = AuditEvents.auditor();
    given()
        .auth()
        .oauth2(token)
        .queryParam("from", 10)
        .queryParam("to", 5)
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(token)
        .queryParam("from", "abc")
        .get("/api/v1/audit/verification")
        .then()
        .statusCode(400);
  }

  private static JsonPath storedEntry() {
    try (AuditEvents events = AuditEvents.create()) {
      EventEnvelope e = events.event("congress.suggestions.SuggestionReplied.v1").build();
      events.publish(Topics.SUGGESTIONS, e);
      return events.awaitStored(e.id());
    }
  }

  private static JsonPath verification(Long from, Long to) {
    var request = given().auth().oauth2(AuditEvents.auditor());
    if (from != null) {
      request.queryParam("from", from);
    }
    if (to != null) {
      request.queryParam("to", to);
    }
    return request.get("/api/v1/audit/verification").then().statusCode(200).extract().jsonPath();
  }

  /** The service's own database (its URL from the configuration), opened as the superuser. */
  private static Connection superuser() throws SQLException {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  /** Triggers do not fire for this session only: what an intruder with superuser rights can do. */
  private static void bypassTriggers(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET session_replication_role = replica");
    }
  }

  private static String column(Connection c, long seq, String column) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + column + " FROM audit_entry WHERE seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void update(Connection c, long seq, String column, String value)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE audit_entry SET " + column + " = ? WHERE seq = ?")) {
      s.setString(1, value);
      s.setLong(2, seq);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
