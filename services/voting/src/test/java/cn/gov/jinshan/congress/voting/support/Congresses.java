package cn.gov.jinshan.congress.voting.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.testing.Poll;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Registers congresses the way the deputies service does: CongressRegistered on
 * congress.deputies.v1 through the real broker, read by the service into its congress copy.
 */
public final class Congresses {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  private Congresses() {}

  /** Publishes CongressRegistered for a district (parent null) or a town. */
  public static void register(String congressId, String level, String parentId) {
    EventEnvelope event =
        new EventEnvelope(
            "1.0",
            UUID.randomUUID().toString(),
            "/congress/test",
            EventTypes.typeOf(CongressRegistered.class),
            congressId,
            Instant.now(),
            "application/json",
            congressId,
            "test",
            EventJson.mapper()
                .valueToTree(
                    new CongressRegistered(
                        congressId, "测试人大 " + congressId, level, parentId, 6, 3)));
    try (KafkaProducer<String, String> producer = TestCongress.producer()) {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.DEPUTIES, congressId, EventJson.mapper().writeValueAsString(event)))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registers a town below a district and waits until the service knows it. */
  public static void registerTown(TestCongress town, TestCongress district) {
    register(district.id, "DISTRICT", null);
    register(town.id, "TOWN", district.id);
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    given()
                            .auth()
                            .oauth2(district.crossStaff())
                            .queryParam("congressId", town.id)
                            .get("/api/v1/livelihood-rounds")
                            .statusCode()
                        == 200))
        .as("congress %s known below %s", town.id, district.id)
        .isTrue();
  }
}
