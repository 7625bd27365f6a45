package cn.gov.jinshan.congress.deputies.outbox;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.deputies.support.TestCongress;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The outbox against the real PostgreSQL and Kafka: every committed change once, in order. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OutboxRelayTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Inject OutboxWriter outbox;
  @Inject EntityManager entityManager;

  @Test
  void shouldPublishEveryCommittedChangeExactlyOnceInOrder() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.register(aDeputy().in(congress.delegation("亭林镇代表团")));
    changeStatus(congress, deputy, "SUSPENDED", "\"0\"");
    changeStatus(congress, deputy, "ACTIVE", "\"1\"");
    changeStatus(congress, deputy, "TERMINATED", "\"2\"");

    // Read a while past the fourth record, so that a duplicate would be seen too.
    List<ConsumerRecord<String, String>> records =
        TopicReader.read(
            Topics.DEPUTIES,
            r -> deputy.toString().equals(r.key()),
            kept -> false,
            Duration.ofSeconds(6));

    List<EventEnvelope> events = records.stream().map(OutboxRelayTest::envelope).toList();
    assertThat(events)
        .extracting(EventEnvelope::type)
        .containsExactly(
            "congress.deputies.DeputyRegistered.v1",
            "congress.deputies.DeputyStatusChanged.v1",
            "congress.deputies.DeputyStatusChanged.v1",
            "congress.deputies.DeputyStatusChanged.v1");
    assertThat(events)
        .extracting(e -> e.data().get("status").asText())
        .containsExactly("ACTIVE", "SUSPENDED", "ACTIVE", "TERMINATED");
    assertThat(events).extracting(EventEnvelope::id).doesNotHaveDuplicates();
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.congressid()).isEqualTo(congress.id);
              assertThat(e.subject()).isEqualTo(deputy.toString());
              assertThat(e.source()).isEqualTo("/congress/deputies");
            });
    assertThat(pendingRows(deputy.toString())).isZero();
  }

  @Test
  void shouldPublishNothingForRolledBackChange() {
    String rolledBack = UUID.randomUUID().toString();
    String committed = UUID.randomUUID().toString();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          outbox.append(statusChanged(rolledBack), "test");
                          throw new IllegalStateException("business rule failed after the write");
                        }))
        .isInstanceOf(IllegalStateException.class);
    QuarkusTransaction.requiringNew().run(() -> outbox.append(statusChanged(committed), "test"));

    // Both keys hash somewhere in the topic; once the later, committed one is out, the
    // rolled-back one would have been published before it if it were going to be.
    List<ConsumerRecord<String, String>> records =
        TopicReader.read(
            Topics.DEPUTIES,
            r -> rolledBack.equals(r.key()) || committed.equals(r.key()),
            kept -> kept.stream().anyMatch(r -> committed.equals(r.key())),
            DEADLINE);
    assertThat(records).extracting(ConsumerRecord::key).containsExactly(committed);
    assertThat(rowsFor(rolledBack)).isZero();
  }

  private long pendingRows(String key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE event_key = ?1"
                                    + " AND published_at IS NULL")
                            .setParameter(1, key)
                            .getSingleResult())
                    .longValue());
  }

  private long rowsFor(String key) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE event_key = ?1")
                            .setParameter(1, key)
                            .getSingleResult())
                    .longValue());
  }

  private static DeputyStatusChanged statusChanged(String deputyId) {
    return new DeputyStatusChanged(
        deputyId, "T-OUTBOX", "ACTIVE", "SUSPENDED", LocalDate.of(2026, 3, 1), "测试");
  }

  private static void changeStatus(
      TestCongress congress, UUID deputy, String status, String ifMatch) {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("status", status, "effectiveOn", "2026-03-01", "reason", "测试"))
        .post("/api/v1/deputies/" + deputy + "/status-changes")
        .then()
        .statusCode(200);
  }

  static EventEnvelope envelope(ConsumerRecord<String, String> record) {
    try {
      return EventJson.mapper().readValue(record.value(), EventEnvelope.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
