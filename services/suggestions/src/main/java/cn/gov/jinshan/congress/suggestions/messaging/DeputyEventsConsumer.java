package cn.gov.jinshan.congress.suggestions.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import cn.gov.jinshan.congress.suggestions.service.DeputyCopyRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads congress.deputies.v1 into the local copies of deputies and congresses. A message that
 * cannot be applied fails and goes to {@code congress.suggestions.v1.dlq} (configured), never
 * skipped silently.
 */
@ApplicationScoped
public class DeputyEventsConsumer {
  private final DeputyCopies deputies;
  private final DeputyCopyRows rows;
  private final CongressScope congresses;

  public DeputyEventsConsumer(
      DeputyCopies deputies, DeputyCopyRows rows, CongressScope congresses) {
    this.deputies = deputies;
    this.rows = rows;
    this.congresses = congresses;
  }

  @Incoming("deputies")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    if (!deputies.apply(event, rows)) {
      congresses.apply(event);
    }
  }
}
