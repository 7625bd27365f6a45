package cn.gov.jinshan.congress.supervision.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads congress.deputies.v1 into the local copy of the congresses. A message that cannot be
 * applied fails and goes to {@code congress.supervision.v1.dlq} (configured), never skipped.
 */
@ApplicationScoped
public class CongressEventsConsumer {
  private final CongressScope congresses;

  public CongressEventsConsumer(CongressScope congresses) {
    this.congresses = congresses;
  }

  @Incoming("congresses")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    congresses.apply(EventJson.mapper().readValue(value, EventEnvelope.class));
  }
}
