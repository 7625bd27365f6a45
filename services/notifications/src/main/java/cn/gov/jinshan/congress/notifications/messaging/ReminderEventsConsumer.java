package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.notifications.service.ReminderEvents;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the suggestions topic for deadlines, on the reminders' own channel and consumer group. A
 * message that cannot be applied fails and goes to the DLQ (configured), never skipped silently.
 */
@ApplicationScoped
public class ReminderEventsConsumer {
  private final ReminderEvents handler;

  public ReminderEventsConsumer(ReminderEvents handler) {
    this.handler = handler;
  }

  @Incoming("reminder-sources")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    handler.apply(event);
  }
}
