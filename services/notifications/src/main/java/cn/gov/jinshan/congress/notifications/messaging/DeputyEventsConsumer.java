package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.notifications.service.DeputyCopyRows;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
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
  private final DeputyCopies deputies;
  private final DeputyCopyRows rows;
  private final CongressScope congresses;

  public DeputyEventsConsumer(
      DeputyCopies deputies, DeputyCopyRows rows, CongressScope congresses) {
    this.deputies = deputies;
    this.rows = rows;
    this.congresses = congresses;
  }

  @Incoming("deputies")
  @Blocking
  @WaitsOutDatabaseOutage
  public void consume(String value) throws JsonProcessingException {
    EventEnvelope event = EventJson.mapper().readValue(value, EventEnvelope.class);
    if (!deputies.apply(event, rows)) {
      congresses.apply(event);
    }
  }
}
