package cn.gov.jinshan.congress.audit.messaging;

import cn.gov.jinshan.congress.audit.service.IncomingRecord;
import cn.gov.jinshan.congress.audit.service.LedgerWriter;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every {@code congress.*.v1} topic (a pattern subscription, dead-letter topics excluded) in
 * batches and hands them to the {@link LedgerWriter}, which appends what accumulates while it
 * writes in one transaction. A batch is acknowledged by the writer once it is stored, not here, so
 * polling goes on while the ledger writes.
 */
@ApplicationScoped
public class EventsConsumer {
  private final LedgerWriter writer;

  public EventsConsumer(LedgerWriter writer) {
    this.writer = writer;
  }

  @Incoming("events")
  @Blocking
  @Acknowledgment(Acknowledgment.Strategy.MANUAL)
  @WaitsOutDatabaseOutage // for the rule every consumer follows; the writer waits on its own
  public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch)
      throws InterruptedException {
    ConsumerRecords<String, String> polled =
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).orElseThrow().getRecords();
    List<IncomingRecord> records = new ArrayList<>(polled.count());
    for (ConsumerRecord<String, String> r : polled) {
      records.add(new IncomingRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value()));
    }
    // Blocks while the writer is full. When it has stopped (shutdown) the batch is neither stored
    // nor acknowledged: it is delivered again after the restart.
    writer.submit(records, batch::ack, batch::nack);
    return CompletableFuture.completedFuture(null);
  }
}
