package cn.gov.jinshan.congress.audit.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Checkpoints the head on an interval ({@code audit.checkpoint.interval}) when it moved. */
@ApplicationScoped
public class CheckpointScheduler {
  private static final Logger LOG = Logger.getLogger(CheckpointScheduler.class);
  private final LedgerService ledger;

  public CheckpointScheduler(LedgerService ledger) {
    this.ledger = ledger;
  }

  @Scheduled(
      every = "${audit.checkpoint.interval:5m}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void checkpoint() {
    try {
      long seq = ledger.checkpointHead();
      if (seq > 0) {
        LOG.infof("audit checkpoint at %d", seq);
      }
    } catch (RuntimeException e) {
      LOG.warnf("audit checkpoint failed: %s", e.toString());
    }
  }
}
