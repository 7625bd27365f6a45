package cn.gov.jinshan.congress.deputies.messaging;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.deputies.service.ActivityEventHandler;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
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
 * alone go to {@code congress.deputies.v1.dlq} (configured), never skipped silently. A database
 * outage is no such failure: it is thrown out of {@link #consume}, which waits it out and runs the
 * whole poll again (events already applied are skipped by the inbox). An event that failed alone
 * before the outage began may then reach the DLQ a second time; what the DLQ holds is examined by
 * hand, so a duplicate there costs nothing, and a lost event would.
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
    try {
      List<EventEnvelope> events = new ArrayList<>(batch.getRecords().size());
      for (KafkaRecord<String, String> record : batch.getRecords()) {
        events.add(read(record.getPayload()));
      }
      handler.applyAll(events);
    } catch (JsonProcessingException | RuntimeException e) {
      throwIfUnavailable(e);
      for (KafkaRecord<String, String> record : batch.getRecords()) {
        applyAlone(record);
      }
    }
    return batch.ack();
  }

  private void applyAlone(KafkaRecord<String, String> record) {
    try {
      handler.apply(read(record.getPayload()));
    } catch (JsonProcessingException | RuntimeException e) {
      throwIfUnavailable(e);
      record.nack(e).toCompletableFuture().join(); // to the DLQ before the batch is acknowledged
    }
  }

  /**
   * An outage is waited out by {@link WaitsOutDatabaseOutage}; past its budget the poll is nacked
   * as a whole, as each event alone would have been.
   */
  private static void throwIfUnavailable(Exception e) {
    if (e instanceof RuntimeException failure && DependencyFailures.unavailable(failure)) {
      throw failure;
    }
  }

  private static EventEnvelope read(String value) throws JsonProcessingException {
    return EventJson.mapper().readValue(value, EventEnvelope.class);
  }
}
