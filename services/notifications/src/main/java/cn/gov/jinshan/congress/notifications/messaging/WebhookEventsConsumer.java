package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.notifications.service.WebhookEventHandler;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The webhooks' own channel on congress.suggestions.v1 (group {@code notifications-webhooks}):
 * independent of the core's, so that a slow inbox never holds up departments' systems nor the
 * reverse. A message that cannot be applied goes to the DLQ (configured), never skipped.
 */
@ApplicationScoped
public class WebhookEventsConsumer {
  private final WebhookEventHandler handler;

  public WebhookEventsConsumer(WebhookEventHandler handler) {
    this.handler = handler;
  }

  @Incoming("webhook-events")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    handler.apply(EventJson.mapper().readValue(value, EventEnvelope.class));
  }
}
