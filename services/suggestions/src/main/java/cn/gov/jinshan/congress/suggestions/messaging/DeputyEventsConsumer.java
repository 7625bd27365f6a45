package cn.gov.jinshan.congress.suggestions.messaging;

import cn.gov.jinshan.congress.platform.copies.DeputiesTopic;
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
  private final DeputiesTopic topic;
  private final DeputyCopyRows rows;

  public DeputyEventsConsumer(DeputiesTopic topic, DeputyCopyRows rows) {
    this.topic = topic;
    this.rows = rows;
  }

  @Incoming("deputies")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    topic.apply(value, rows);
  }
}
