package cn.gov.jinshan.congress.deputies.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.deputies.service.ActivityEventHandler;
import cn.gov.jinshan.congress.platform.inbox.WhileUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the suggestions, supervision and voting topics for activities. A message that cannot be
 * applied fails and goes to {@code congress.deputies.v1.dlq} (configured), never skipped silently.
 */
@ApplicationScoped
public class ActivitySourceConsumer {
  private final ActivityEventHandler handler;

  public ActivitySourceConsumer(ActivityEventHandler handler) {
    this.handler = handler;
  }

  @Incoming("activity-sources")
  @Blocking
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    // A database outage is waited out here; only events that cannot be applied reach the DLQ.
    WhileUnavailable.retry(() -> handler.apply(event));
  }
}
