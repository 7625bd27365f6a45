package cn.gov.jinshan.congress.voting.messaging;

import cn.gov.jinshan.congress.platform.copies.DeputiesTopic;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import cn.gov.jinshan.congress.voting.service.DeputyCopyRows;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code congress.deputies.v1} (consumer group {@code voting}) into the local copies of
 * deputies and congresses. A message that cannot be applied fails and goes to {@code
 * congress.voting.v1.dlq}.
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
