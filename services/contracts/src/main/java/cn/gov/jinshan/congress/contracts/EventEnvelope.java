package cn.gov.jinshan.congress.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode. {@code congressid} and {@code actorid} are
 * extension attributes (lower-case alphanumerics, as the specification requires).
 *
 * @param data the payload as JSON, so that a consumer can keep events whose type it does not know
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    String congressid,
    String actorid,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String JSON = "application/json";

  /**
   * The Kafka header that repeats the envelope's {@code type} (the CloudEvents Kafka binding's name
   * for it), so that a consumer can pass over events it does not handle without reading them.
   */
  public static final String TYPE_HEADER = "ce_type";

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
  }
}
