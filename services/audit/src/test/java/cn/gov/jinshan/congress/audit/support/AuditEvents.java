package cn.gov.jinshan.congress.audit.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import cn.gov.jinshan.congress.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A fresh congress per test with an auditor token, and envelopes published to the real broker.
 * Every query is scoped by congress, so tests sharing the ledger never see each other's entries.
 */
public final class AuditEvents implements AutoCloseable {
  public static final Duration DEADLINE = Duration.ofSeconds(60);
  public final String congressId;
  public final String auditorToken;
  public final String adminToken;
  private final KafkaProducer<String, String> producer = TestEvents.producer();

  private AuditEvents() {
    this.congressId = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    this.auditorToken = Tokens.token("auditor-" + congressId, congressId, Map.of(), "auditor");
    this.adminToken = Tokens.admin(congressId);
  }

  public static AuditEvents create() {
    return new AuditEvents();
  }

  /** An auditor's token for a fresh congress. */
  public static String auditor() {
    String congress = "T-" + UUID.randomUUID().toString().substring(0, 8);
    return Tokens.token("auditor-" + congress, congress, Map.of(), "auditor");
  }

  /** An envelope of this congress. */
  public EnvelopeBuilder event(String type) {
    return new EnvelopeBuilder(type, congressId);
  }

  public RecordMetadata publish(String topic, EventEnvelope envelope) {
    try {
      return publishRaw(topic, envelope.subject(), EventJson.mapper().writeValueAsString(envelope));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public RecordMetadata publishRaw(String topic, String key, String value) {
    try {
      return producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the event is in the ledger and returns it as the API shows it. */
  public JsonPath awaitStored(String eventId) {
    return awaitStored(eventId, congressId, auditorToken);
  }

  public static JsonPath awaitStored(String eventId, String congress, String token) {
    JsonPath[] found = new JsonPath[1];
    boolean stored =
        Poll.until(
            DEADLINE,
            () -> {
              JsonPath page =
                  given()
                      .auth()
                      .oauth2(token)
                      .queryParam("eventId", eventId)
                      .queryParam("congressId", congress)
                      .get("/api/v1/audit/events")
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              if (page.getList("items").isEmpty()) {
                return false;
              }
              found[0] = page.setRootPath("items[0]");
              return true;
            });
    assertThat(stored).as("event %s stored", eventId).isTrue();
    return found[0];
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }

  /** Test data builder of CloudEvents envelopes. */
  public static final class EnvelopeBuilder {
    private String id = UUID.randomUUID().toString();
    private String source = "/congress/test";
    private final String type;
    private String subject = UUID.randomUUID().toString();
    private Instant time = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private String congressId;
    private String actor = "test-actor";
    private JsonNode data = EventJson.mapper().createObjectNode().put("title", "关于加强农村公路养护的建议");

    private EnvelopeBuilder(String type, String congressId) {
      this.type = type;
      this.congressId = congressId;
    }

    public EnvelopeBuilder id(String id) {
      this.id = id;
      return this;
    }

    public EnvelopeBuilder source(String source) {
      this.source = source;
      return this;
    }

    public EnvelopeBuilder about(String subject) {
      this.subject = subject;
      return this;
    }

    public EnvelopeBuilder at(Instant time) {
      this.time = time;
      return this;
    }

    public EnvelopeBuilder by(String actor) {
      this.actor = actor;
      return this;
    }

    public EnvelopeBuilder data(Map<String, ?> data) {
      this.data = EventJson.mapper().valueToTree(data);
      return this;
    }

    public EventEnvelope build() {
      return new EventEnvelope(
          "1.0", id, source, type, subject, time, "application/json", congressId, actor, data);
    }
  }
}
