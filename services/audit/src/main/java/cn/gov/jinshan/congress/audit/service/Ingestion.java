package cn.gov.jinshan.congress.audit.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Ingests a batch of records: appends it to the ledger (retrying while the database fails — the
 * batch is not acknowledged meanwhile, so nothing is skipped), then hands the new entries to the
 * live stream and notes the consumed positions for the lag.
 */
@ApplicationScoped
public class Ingestion {
  private static final Logger LOG = Logger.getLogger(Ingestion.class);
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  private final LedgerService ledger;
  private final LiveStream stream;
  private final LagMonitor lag;
  private final Counter failures;
  private volatile boolean running = true;

  public Ingestion(
      LedgerService ledger, LiveStream stream, LagMonitor lag, MeterRegistry registry) {
    this.ledger = ledger;
    this.stream = stream;
    this.lag = lag;
    this.failures = registry.counter("audit.ingest.failures");
  }

  public void ingest(List<IncomingRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<AppendedEntry> appended = appendWithRetry(records);
    stream.publish(appended);
    lag.consumed(records);
  }

  private List<AppendedEntry> appendWithRetry(List<IncomingRecord> records) {
    long backoff = 100;
    while (true) {
      try {
        return ledger.append(records);
      } catch (RuntimeException e) {
        failures.increment();
        if (!running) {
          throw e;
        }
        LOG.warnf("appending %d records failed, retrying in %d ms: %s", records.size(), backoff, e);
        try {
          Thread.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
      }
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
  }
}
