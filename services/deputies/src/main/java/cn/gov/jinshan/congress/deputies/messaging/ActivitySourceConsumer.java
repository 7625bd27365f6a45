package cn.gov.jinshan.congress.deputies.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.deputies.service.ActivityEventHandler;
import cn.gov.jinshan.congress.platform.inbox.WhileUnavailable;
import cn.gov.jinshan.congress.platform.problem.DependencyFailures;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the suggestions, supervision and voting topics for activities, a poll at a time (the
 * channel runs in batch mode): the events of a poll are applied in one transaction. When one of
 * them cannot be applied, the batch is applied again event by event, and only the events that fail
 * alone go to {@code congress.deputies.v1.dlq} (configured), never skipped silently.
 */
@ApplicationScoped
public class ActivitySourceConsumer {
  private final ActivityEventHandler handler;

  public ActivitySourceConsumer(ActivityEventHandler handler) {
    this.handler = handler;
  }

  @Incoming("activity-sources")
  @Blocking
  public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
    try {
      List<EventEnvelope> events = new ArrayList<>(batch.getRecords().size());
      for (KafkaRecord<String, String> record : batch.getRecords()) {
        events.add(read(record.getPayload()));
      }
      // A database outage is waited out here; only events that cannot be applied reach the DLQ.
      WhileUnavailable.retry(() -> handler.applyAll(events));
    } catch (JsonProcessingException | RuntimeException e) {
      if (DependencyFailures.unavailable(e)) {
        return batch.nack(e); // the outage outlasted the wait: as each event alone would have
      }
      for (KafkaRecord<String, String> record : batch.getRecords()) {
        applyAlone(record);
      }
    }
    return batch.ack();
  }

  private void applyAlone(KafkaRecord<String, String> record) {
    try {
      EventEnvelope event = read(record.getPayload());
      WhileUnavailable.retry(() -> handler.apply(event));
    } catch (JsonProcessingException | RuntimeException e) {
      record.nack(e).toCompletableFuture().join(); // to the DLQ before the batch is acknowledged
    }
  }

  private static EventEnvelope read(String value) throws JsonProcessingException {
    return EventJson.mapper().readValue(value, EventEnvelope.class);
  }
}
