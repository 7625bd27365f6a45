package cn.gov.jinshan.congress.audit.messaging;

import cn.gov.jinshan.congress.audit.service.IncomingRecord;
import cn.gov.jinshan.congress.audit.service.Ingestion;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every {@code congress.*.v1} topic (a pattern subscription, dead-letter topics excluded) in
 * batches and hands them to the ledger. The batch is acknowledged after it is stored.
 */
@ApplicationScoped
public class EventsConsumer {
  private final Ingestion ingestion;

  public EventsConsumer(Ingestion ingestion) {
    this.ingestion = ingestion;
  }

  @Incoming("events")
  @Blocking
  public void consume(ConsumerRecords<String, String> records) {
    List<IncomingRecord> batch = new ArrayList<>(records.count());
    for (ConsumerRecord<String, String> r : records) {
      batch.add(new IncomingRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value()));
    }
    ingestion.ingest(batch);
  }
}
