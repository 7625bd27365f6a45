package cn.gov.jinshan.congress.platform.inbox;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.platform.problem.DependencyFailures;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Applies a poll of events (a channel in batch mode) in one transaction, because a busy topic costs
 * a commit per event otherwise. When one of them cannot be applied, the batch is applied again
 * event by event, and only the events that fail alone are nacked, so they go to the channel's
 * dead-letter topic (configured), never skipped silently. A database outage is no such failure: it
 * is thrown, for the consumer's {@link WaitsOutDatabaseOutage} to wait out and run the whole poll
 * again (events already applied are skipped by the {@link Inbox}). An event that failed alone
 * before the outage began may then reach the DLQ a second time; what the DLQ holds is examined by
 * hand, so a duplicate there costs nothing, and a lost event would.
 */
public final class EventBatches {
  /** Applies events in one transaction of its own. */
  @FunctionalInterface
  public interface Applier<T> {
    void apply(T events) throws JsonProcessingException;
  }

  private EventBatches() {}

  /**
   * Applies the poll with {@code all}, or event by event with {@code one} when that fails, and
   * acknowledges the poll.
   */
  public static CompletionStage<Void> apply(
      KafkaRecordBatch<String, String> batch,
      Applier<List<EventEnvelope>> all,
      Applier<EventEnvelope> one) {
    try {
      List<EventEnvelope> events = new ArrayList<>(batch.getRecords().size());
      for (KafkaRecord<String, String> record : batch.getRecords()) {
        events.add(read(record.getPayload()));
      }
      all.apply(events);
    } catch (JsonProcessingException | RuntimeException e) {
      throwIfUnavailable(e);
      for (KafkaRecord<String, String> record : batch.getRecords()) {
        applyAlone(record, one);
      }
    }
    return batch.ack();
  }

  private static void applyAlone(KafkaRecord<String, String> record, Applier<EventEnvelope> one) {
    try {
      one.apply(read(record.getPayload()));
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
