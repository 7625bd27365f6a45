package cn.gov.jinshan.congress.voting.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.testing.TestEvents;
import cn.gov.jinshan.congress.testing.TopicReader;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The local copies of deputies and congresses: entitled voters follow status changes; bad events go
 * to the DLQ.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeputyCopyConsumerTest {

  @Test
  void shouldDropSuspendedDeputyFromEntitledVoters() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(3);

    congress.suspend(deputies.get(1));

    congress.awaitEntitled(2);
  }

  @Test
  void shouldSendUnreadableAndOrphanEventsToDeadLetterTopic() throws Exception {
    TestCongress congress = TestCongress.create();
    String key = UUID.randomUUID().toString();
    String congressKey = UUID.randomUUID().toString();
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.DEPUTIES,
                  key,
                  "{\"specversion\":\"1.0\",\"id\":\""
                      + key
                      + "\",\"source\":\"/x\","
                      + "\"type\":\"congress.deputies.DeputyRegistered.v1\","
                      + "\"data\":{\"deputyId\":\"not-a-uuid\"}}"))
          .get();
      // a congress event that names no congress
      producer
          .send(
              new ProducerRecord<>(
                  Topics.DEPUTIES,
                  congressKey,
                  "{\"specversion\":\"1.0\",\"id\":\""
                      + congressKey
                      + "\",\"source\":\"/x\","
                      + "\"type\":\"congress.deputies.CongressRegistered.v1\","
                      + "\"data\":{\"name\":\"无名人大\",\"level\":\"TOWN\"}}"))
          .get();
    }
    UUID orphan = UUID.randomUUID();
    congress.publish(
        orphan,
        new DeputyStatusChanged(
            orphan.toString(), congress.id, "ACTIVE", "TERMINATED", LocalDate.now(), "辞职"),
        DeputyStatusChanged.class);

    var dead =
        TopicReader.awaitRecords(
            Topics.deadLetterOf(Topics.VOTING),
            r ->
                key.equals(r.key())
                    || orphan.toString().equals(r.key())
                    || congressKey.equals(r.key()),
            3,
            Duration.ofSeconds(60));
    assertThat(dead).hasSize(3);
  }
}
