package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.notifications.service.SuggestionNotices;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code congress.suggestions.v1} (consumer group {@code notifications}). A payload that
 * cannot be read goes to {@code congress.notifications.v1.dlq}; an unreachable database or
 * directory is waited out.
 */
@ApplicationScoped
public class SuggestionEventsConsumer {
  private final SuggestionNotices notices;

  public SuggestionEventsConsumer(SuggestionNotices notices) {
    this.notices = notices;
  }

  @Incoming("suggestions")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    UntilDirectoryAnswers.apply(() -> notices.apply(event));
  }
}
