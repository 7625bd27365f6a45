package cn.gov.jinshan.congress.supervision.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.testing.Poll;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers congresses the way the deputies service does: CongressRegistered on
 * congress.deputies.v1 through the real broker, read by the service into its congress copy.
 */
public final class Congresses {
  public static final Duration DEADLINE = Duration.ofSeconds(60);

  private Congresses() {}

  /** Publishes CongressRegistered for a district (parent null) or a town. */
  public static void register(String congressId, String level, String parentId) {
    publish(
        Topics.DEPUTIES,
        congressId,
        envelope(
            EventTypes.typeOf(CongressRegistered.class),
            congressId,
            congressId,
            EventJson.mapper()
                .valueToTree(
                    new CongressRegistered(
                        congressId, "测试人大 " + congressId, level, parentId, 6, 3))));
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
                            .get("/api/v1/supervision-plans")
                            .statusCode()
                        == 200))
        .as("congress %s known below %s", town.id, district.id)
        .isTrue();
  }

  public static EventEnvelope envelope(
      String type, String subject, String congressId, JsonNode data) {
    return new EventEnvelope(
        "1.0",
        UUID.randomUUID().toString(),
        "/congress/test",
        type,
        subject,
        Instant.now(),
        "application/json",
        congressId,
        "test",
        data);
  }

  public static void publish(String topic, String key, EventEnvelope event) {
    Properties props = new Properties();
    props.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(topic, key, EventJson.mapper().writeValueAsString(event));
      record.headers().add("content-type", "application/cloudevents+json".getBytes());
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
