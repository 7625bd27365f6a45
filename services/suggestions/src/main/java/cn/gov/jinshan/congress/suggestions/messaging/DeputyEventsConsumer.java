package cn.gov.jinshan.congress.suggestions.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import cn.gov.jinshan.congress.suggestions.service.CongressCopyService;
import cn.gov.jinshan.congress.suggestions.service.DeputyCopyService;
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
  private final DeputyCopyService copies;
  private final CongressCopyService congresses;

  public DeputyEventsConsumer(DeputyCopyService copies, CongressCopyService congresses) {
    this.copies = copies;
    this.congresses = congresses;
  }

  @Incoming("deputies")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    if (!copies.apply(event)) {
      congresses.apply(event);
    }
  }
}
