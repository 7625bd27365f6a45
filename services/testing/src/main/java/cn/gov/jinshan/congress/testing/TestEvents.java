package cn.gov.jinshan.congress.testing;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Events put on the real broker for a service's consumers to read, shaped as the outbox relay
 * publishes them, so a test drives the consumer exactly as production does.
 */
public final class TestEvents {
  private TestEvents() {}

  /**
   * An envelope of another service's event: a fresh event id, source /congress/test, actor test.
   */
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

  /** Publishes one event and returns once the broker has acknowledged it. */
  public static void publish(String topic, String key, EventEnvelope event) {
    publish(topic, key, event, event.type());
  }

  /**
   * Publishes one event with {@code typeHeader} as its {@link EventEnvelope#TYPE_HEADER} (the relay
   * always writes the envelope's type; a test passes another to show what a consumer reads).
   */
  public static void publish(String topic, String key, EventEnvelope event, String typeHeader) {
    try (KafkaProducer<String, String> producer = producer()) {
      ProducerRecord<String, String> record =
          new ProducerRecord<>(topic, key, EventJson.mapper().writeValueAsString(event));
      // As the outbox relay publishes it: a structured CloudEvent.
      record
          .headers()
          .add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
      record.headers().add(EventEnvelope.TYPE_HEADER, typeHeader.getBytes(StandardCharsets.UTF_8));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish " + event.type() + " to " + topic, e);
    }
  }

  /**
   * A producer to the broker of the test configuration, for tests that send raw or many records;
   * acks from every replica, so a record a test has sent is there for the service to read, and no
   * linger (Kafka's default waits 5 ms to batch), so a send leaves at once for tests that time it.
   */
  public static KafkaProducer<String, String> producer() {
    Properties props = new Properties();
    props.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(props);
  }
}
