package cn.gov.jinshan.congress.deputies.messaging;

import cn.gov.jinshan.congress.deputies.service.ActivityEventHandler;
import cn.gov.jinshan.congress.platform.inbox.EventBatches;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the suggestions, supervision and voting topics for activities, a poll at a time (the
 * channel runs in batch mode): the events of a poll are applied in one transaction, and event by
 * event when that fails ({@link EventBatches}: only what fails alone goes to {@code
 * congress.deputies.v1.dlq}).
 */
@ApplicationScoped
public class ActivitySourceConsumer {
  private final ActivityEventHandler handler;

  public ActivitySourceConsumer(ActivityEventHandler handler) {
    this.handler = handler;
  }

  @Incoming("activity-sources")
  @Blocking
  @WaitsOutDatabaseOutage
  public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
    return EventBatches.apply(batch, handler::applyAll, handler::apply);
  }
}
