package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.notifications.service.SupervisionNotices;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code congress.supervision.v1} (consumer group {@code notifications}). A payload that
 * cannot be read goes to {@code congress.notifications.v1.dlq}; an unreachable database or
 * directory is waited out.
 */
@ApplicationScoped
public class SupervisionEventsConsumer {
  private final SupervisionNotices notices;

  public SupervisionEventsConsumer(SupervisionNotices notices) {
    this.notices = notices;
  }

  @Incoming("supervision")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    UntilDirectoryAnswers.apply(() -> notices.apply(event));
  }
}
