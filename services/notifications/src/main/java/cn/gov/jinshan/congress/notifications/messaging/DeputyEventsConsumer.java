package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.notifications.service.DeputyCopyRows;
import cn.gov.jinshan.congress.platform.copies.DeputiesTopic;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code congress.deputies.v1} (consumer group {@code notifications}) into the local copies
 * of deputies and congresses, from which the entitled deputies of a congress are told. A message
 * that cannot be applied fails and goes to {@code congress.notifications.v1.dlq}.
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
