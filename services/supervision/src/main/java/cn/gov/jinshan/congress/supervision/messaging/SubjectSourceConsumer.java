package cn.gov.jinshan.congress.supervision.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import cn.gov.jinshan.congress.supervision.service.SubjectEventHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the voting and suggestions topics for follow-up subjects. A message that cannot be applied
 * fails and goes to {@code congress.supervision.v1.dlq} (configured), never skipped silently.
 */
@ApplicationScoped
public class SubjectSourceConsumer {
  private final SubjectEventHandler handler;

  public SubjectSourceConsumer(SubjectEventHandler handler) {
    this.handler = handler;
  }

  @Incoming("subject-sources")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    handler.apply(event);
  }
}
