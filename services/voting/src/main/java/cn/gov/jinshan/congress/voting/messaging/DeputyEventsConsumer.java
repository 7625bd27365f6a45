package cn.gov.jinshan.congress.voting.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
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
