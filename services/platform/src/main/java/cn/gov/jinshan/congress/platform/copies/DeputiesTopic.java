package cn.gov.jinshan.congress.platform.copies;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One message of {@code congress.deputies.v1} applied to a service's copies: a deputy's event to
 * its deputy table ({@link DeputyCopies}), a congress's event to the congress copies ({@link
 * CongressScope}), each once. A service's consumer of the topic hands every message here.
 */
@ApplicationScoped
public class DeputiesTopic {
  private final DeputyCopies deputies;
  private final CongressScope congresses;

  public DeputiesTopic(DeputyCopies deputies, CongressScope congresses) {
    this.deputies = deputies;
    this.congresses = congresses;
  }

  /**
   * @throws JsonProcessingException when the message or its payload cannot be read (the consumer's
   *     dead-letter topic takes it)
   */
  public <R> void apply(String message, DeputyCopyTable<R> table) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(message, EventEnvelope.class);
    if (!deputies.apply(event, table)) {
      congresses.apply(event);
    }
  }
}
