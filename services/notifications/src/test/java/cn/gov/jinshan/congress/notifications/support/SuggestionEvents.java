package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.testing.TestEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The suggestions service's events, as envelopes on the real topic. */
public final class SuggestionEvents {
  private SuggestionEvents() {}

  public static EventEnvelope assigned(
      String congressId, String suggestionId, String lead, List<String> coHandlers) {
    return envelope(
        congressId,
        suggestionId,
        new SuggestionAssigned(
            suggestionId,
            congressId,
            "6-3-0042",
            lead,
            coHandlers,
            LocalDate.parse("2027-03-07"),
            Instant.now()));
  }

  public static EventEnvelope evaluated(String congressId, String suggestionId) {
    return envelope(
        congressId,
        suggestionId,
        new SuggestionEvaluated(
            suggestionId,
            congressId,
            UUID.randomUUID().toString(),
            0,
            "SATISFIED",
            "CLOSED",
            Instant.now()));
  }

  public static EventEnvelope replied(String congressId, String suggestionId, String department) {
    return envelope(
        congressId,
        suggestionId,
        new SuggestionReplied(
            suggestionId,
            congressId,
            UUID.randomUUID().toString(),
            department,
            0,
            "A",
            true,
            null,
            true,
            List.of(UUID.randomUUID().toString()),
            Instant.now()));
  }

  private static EventEnvelope envelope(String congressId, String suggestionId, Object event) {
    return TestEvents.envelope(
        EventTypes.typeOf(event.getClass()),
        suggestionId,
        congressId,
        EventJson.mapper().valueToTree(event));
  }

  /** Publishes events with one producer, acknowledged each, in order. */
  public static void publish(List<EventEnvelope> events) {
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      for (EventEnvelope event : events) {
        ProducerRecord<String, String> record =
            new ProducerRecord<>(
                Topics.SUGGESTIONS, event.subject(), EventJson.mapper().writeValueAsString(event));
        record
            .headers()
            .add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        record
            .headers()
            .add(EventEnvelope.TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
      }
      producer.flush();
    } catch (Exception e) {
      throw new IllegalStateException("could not publish", e);
    }
  }
}
