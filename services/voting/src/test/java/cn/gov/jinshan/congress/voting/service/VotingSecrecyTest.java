package cn.gov.jinshan.congress.voting.service;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.testing.TopicReader;
import cn.gov.jinshan.congress.voting.domain.Receipt;
import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The secret ballot: after a round, neither the schema, nor the events on the topic, nor the
 * service's log, nor the idempotency table links a deputy to their choices.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VotingSecrecyTest {
  private static final Set<String> BALLOT_TABLES = Set.of("ballot", "ballot_choice");

  @Inject DataSource dataSource;

  @Test
  void shouldKeepNoDeputyTimeOrSequenceInTheBallotTables() throws Exception {
    try (Connection db = dataSource.getConnection()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet rs =
          db.createStatement()
              .executeQuery(
                  "SELECT table_name, column_name, data_type, coalesce(column_default, ''),"
                      + " is_identity FROM information_schema.columns"
                      + " WHERE table_schema = 'public'"
                      + " AND table_name IN ('ballot', 'ballot_choice')")) {
        while (rs.next()) {
          String column = rs.getString(2);
          columns.add(rs.getString(1) + "." + column);
          assertThat(column).doesNotContain("deputy", "voter", "user", "subject", "_at", "_on");
          assertThat(column).isNotIn("created", "updated", "seq", "position", "cast", "time");
          assertThat(rs.getString(3))
              .as(column)
              .doesNotContain("timestamp", "date", "time", "interval");
          assertThat(rs.getString(4)).as(column).doesNotContain("nextval", "now", "current_");
          assertThat(rs.getString(5)).as(column).isEqualTo("NO");
        }
      }
      assertThat(columns)
          .containsExactlyInAnyOrder(
              "ballot.id",
              "ballot.congress_id",
              "ballot.round_id",
              "ballot.receipt_hash",
              "ballot.paper",
              "ballot_choice.ballot_id",
              "ballot_choice.candidate_id",
              "ballot_choice.choice");
      // No foreign key between the ballot tables and anything about people or presence.
      try (ResultSet rs =
          db.createStatement()
              .executeQuery(
                  "SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc"
                      + " JOIN information_schema.constraint_column_usage ccu"
                      + " ON ccu.constraint_name = tc.constraint_name"
                      + " WHERE tc.constraint_type = 'FOREIGN KEY'")) {
        while (rs.next()) {
          String from = rs.getString(1);
          String to = rs.getString(2);
          if (BALLOT_TABLES.contains(from) || BALLOT_TABLES.contains(to)) {
            assertThat(Set.of(from, to))
                .as("%s -> %s", from, to)
                .doesNotContain("participation", "check_in", "deputy_copy");
          }
        }
      }
      // Participation says who took part, and nothing about the ballot or when.
      List<String> participation = new ArrayList<>();
      try (ResultSet rs =
          db.createStatement()
              .executeQuery(
                  "SELECT column_name FROM information_schema.columns"
                      + " WHERE table_schema = 'public' AND table_name = 'participation'")) {
        while (rs.next()) {
          participation.add(rs.getString(1));
        }
      }
      assertThat(participation)
          .containsExactlyInAnyOrder("congress_id", "round_id", "deputy_id", "channel");
    }
  }

  @Test
  void shouldLeaveNoLinkFromDeputyToChoiceInEventsLogOrDatabase() throws Exception {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(4);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    deputies.forEach(round::checkIn);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < deputies.size(); i++) {
      codes.add(
          congress
              .asDeputy(deputies.get(i))
              .header("Idempotency-Key", "ballot-" + i)
              .body(round.ballot(i % 2 == 0 ? "FOR" : "AGAINST", "ABSTAIN"))
              .post(round.path("/ballots"))
              .then()
              .statusCode(201)
              .extract()
              .<String>path("receiptCode"));
    }
    round.close().statusCode(200);
    List<String> hashes = codes.stream().map(Receipt::hash).toList();

    // Events: BallotCast says who and when, never what; no event carries a receipt or a ballot.
    String roundId = round.id.toString();
    List<ConsumerRecord<String, String>> events =
        TopicReader.read(
            Topics.VOTING,
            r -> roundId.equals(r.key()),
            kept -> kept.stream().anyMatch(r -> r.value().contains(typeOf(ProjectsSelected.class))),
            Duration.ofSeconds(30));
    assertThat(events).anyMatch(r -> r.value().contains(typeOf(ProjectsSelected.class)));
    int casts = 0;
    for (ConsumerRecord<String, String> record : events) {
      JsonNode envelope = EventJson.mapper().readTree(record.value());
      String text = record.value();
      codes.forEach(code -> assertThat(text).doesNotContain(code));
      hashes.forEach(hash -> assertThat(text).doesNotContain(hash));
      assertThat(text).doesNotContain("\"FOR\"", "\"AGAINST\"", "\"ABSTAIN\"", "choice");
      if (typeOf(BallotCast.class).equals(envelope.get("type").asText())) {
        casts++;
        Set<String> fields = new HashSet<>();
        envelope.get("data").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("roundId", "congressId", "deputyId", "castOn");
      }
    }
    assertThat(casts).isEqualTo(deputies.size());

    // The log: no receipt, no hash, no marks of this round.
    String log = Files.readString(Path.of("target/voting-test.log"));
    codes.forEach(code -> assertThat(log).doesNotContain(code));
    hashes.forEach(hash -> assertThat(log).doesNotContain(hash));
    assertThat(log).doesNotContain("\"choices\"", round.candidates.get(0).toString());

    // The database: the receipt codes are stored nowhere (not even by Idempotency-Key), and no
    // table other than participation/check-in/outbox holds these deputies.
    try (Connection db = dataSource.getConnection()) {
      for (String code : codes) {
        try (var st =
            db.prepareStatement(
                "SELECT count(*) FROM idempotency_record WHERE body LIKE ? OR idempotency_key LIKE"
                    + " 'ballot-%' AND principal LIKE ?")) {
          st.setString(1, "%" + code + "%");
          st.setString(2, "user-" + deputies.get(0));
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
          }
        }
      }
      try (ResultSet rs =
          db.createStatement()
              .executeQuery(
                  "SELECT count(*) FROM ballot WHERE round_id = '"
                      + roundId
                      + "' AND receipt_hash IN ('"
                      + String.join("','", hashes)
                      + "')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(deputies.size());
      }
    }
  }

  private static String typeOf(Class<?> type) {
    return EventTypes.typeOf(type);
  }
}
