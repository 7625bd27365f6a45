package cn.gov.jinshan.congress.deputies.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Congresses inserted by a migration (the reference congresses) get their CongressRegistered event
 * like registered ones, once, so the other services' copies know them.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SeededCongressAnnouncerTest {
  @Inject CongressService congresses;
  @Inject EntityManager entityManager;

  @Test
  void shouldHaveAnnouncedEveryCongressAtStartup() {
    long unannounced =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            entityManager
                                .createNativeQuery(
                                    "SELECT count(*) FROM congress WHERE announced_at IS NULL")
                                .getSingleResult())
                        .longValue());
    assertThat(unannounced).isZero();
  }

  @Test
  void shouldPublishTheRegistrationOfASeededCongressExactlyOnce() {
    String district = seed("SD", "DISTRICT", null);
    String town = seed("ST", "TOWN", district);

    assertThat(congresses.announceUnannounced()).isEqualTo(2);
    assertThat(congresses.announceUnannounced()).isZero();

    // Read a while past the record, so that a second one would be seen too.
    List<ConsumerRecord<String, String>> records =
        TopicReader.read(
            Topics.DEPUTIES, r -> town.equals(r.key()), kept -> false, Duration.ofSeconds(6));
    assertThat(records).hasSize(1);
    EventEnvelope event = envelope(records.get(0));
    assertThat(event.type()).isEqualTo("congress.deputies.CongressRegistered.v1");
    assertThat(event.congressid()).isEqualTo(town);
    assertThat(event.data().get("level").asText()).isEqualTo("TOWN");
    assertThat(event.data().get("parentCongressId").asText()).isEqualTo(district);
    assertThat(event.data().get("currentTerm").asInt()).isEqualTo(17);
  }

  /** Inserts a congress the way a migration does: in SQL, without an event. */
  private String seed(String prefix, String level, String parent) {
    String id =
        prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "INSERT INTO congress (id, name, level, parent_id, current_term,"
                            + " current_session) VALUES (?1, ?2, ?3, CAST(?4 AS text), 17, 3)")
                    .setParameter(1, id)
                    .setParameter(2, "种子人大 " + id)
                    .setParameter(3, level)
                    .setParameter(4, parent)
                    .executeUpdate());
    return id;
  }

  private static EventEnvelope envelope(ConsumerRecord<String, String> record) {
    try {
      return EventJson.mapper().readValue(record.value(), EventEnvelope.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
