package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.domain.EntryContent;
import cn.gov.jinshan.congress.audit.domain.EntryStatus;
import cn.gov.jinshan.congress.contracts.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Turns a Kafka record into the fields of a ledger entry. Never fails: a record that is not a
 * CloudEvents envelope (id, source and type as text) is kept as {@link EntryStatus#UNPARSEABLE},
 * identified by its Kafka coordinates so that a redelivery of it is still stored once.
 */
final class RecordReader {
  static final String NO_CONGRESS = "-";
  static final String UNPARSEABLE_TYPE = "unparseable";
  private static final int MAX_INDEXED = 200;

  private RecordReader() {}

  /** What one record becomes, before it gets its sequence number. */
  record Candidate(EntryContent content, JsonNode data) {
    String eventId() {
      return content.eventId();
    }
  }

  static Candidate read(IncomingRecord record, Instant receivedAt) {
    String raw = record.value() == null ? "" : record.value().replace('\u0000', '\uFFFD');
    Instant received = receivedAt.truncatedTo(ChronoUnit.MICROS);
    JsonNode envelope = parse(raw);
    if (envelope == null
        || !envelope.isObject()
        || !text(envelope, "id")
        || !text(envelope, "source")
        || !text(envelope, "type")
        || !JsonbSafety.isSafe(raw)) {
      String id = "kafka:" + record.topic() + ":" + record.partition() + ":" + record.offset();
      return new Candidate(
          new EntryContent(
              0,
              id,
              NO_CONGRESS,
              UNPARSEABLE_TYPE,
              null,
              null,
              null,
              null,
              record.topic(),
              record.partition(),
              record.offset(),
              received,
              EntryStatus.UNPARSEABLE,
              raw),
          null);
    }
    String congress = optional(envelope, "congressid");
    JsonNode data = envelope.get("data");
    return new Candidate(
        new EntryContent(
            0,
            eventId(envelope.get("id").asText()),
            congress == null ? NO_CONGRESS : congress,
            indexed(envelope.get("type").asText()),
            indexed(envelope.get("source").asText()),
            optional(envelope, "subject"),
            optional(envelope, "actorid"),
            time(envelope.get("time")),
            record.topic(),
            record.partition(),
            record.offset(),
            received,
            EntryStatus.EVENT,
            raw),
        data == null || data.isNull() ? null : data);
  }

  private static JsonNode parse(String raw) {
    try {
      return EventJson.mapper().readTree(raw);
    } catch (Exception e) {
      return null;
    }
  }

  private static boolean text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank();
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return indexed(value.asText());
  }

  /** Indexed columns hold at most 200 characters (the raw record keeps the whole value). */
  private static String indexed(String value) {
    return value.length() <= MAX_INDEXED ? value : value.substring(0, MAX_INDEXED);
  }

  /** An over-long id is replaced by its SHA-256, so that distinct ids stay distinct. */
  private static String eventId(String id) {
    if (id.length() <= MAX_INDEXED) {
      return id;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The event time, when it is a readable instant the database can hold; null otherwise. */
  private static Instant time(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    Instant instant;
    try {
      instant = Instant.parse(node.asText());
    } catch (DateTimeParseException e) {
      try {
        instant = OffsetDateTime.parse(node.asText()).toInstant();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
    if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
        || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
      return null;
    }
    return instant.truncatedTo(ChronoUnit.MICROS);
  }
}
