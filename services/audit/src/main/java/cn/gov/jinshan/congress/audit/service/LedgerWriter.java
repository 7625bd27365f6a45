package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The one thread that appends to the ledger (group commit). The consumer hands over each polled
 * batch and goes on polling; the writer appends everything handed over since its last append in one
 * transaction (up to {@code audit.ingest.max-batch} records), then acknowledges those batches.
 *
 * <p>Why: the consumer polls every few milliseconds, so at a steady trickle each poll holds one or
 * two records. Appended one poll at a time, every record pays a whole transaction (head lock,
 * commit, WAL flush); when the database or the CPU is slow, or another writer holds the head, polls
 * queue up faster than they are written and the lag grows by seconds. Taking all that waits makes
 * the next transaction as large as the backlog: an idle ledger appends a single record at once (no
 * linger), a busy one catches up in a few large transactions.
 *
 * <p>Nothing is lost: a batch is acknowledged only after its transaction committed; what is still
 * queued at shutdown is not acknowledged and is delivered again (appends skip ids already stored).
 * Order is kept: one thread takes the batches in the order they were handed over. Memory is
 * bounded: {@link #submit} blocks while {@code audit.ingest.max-pending} records wait, which stops
 * the consumer's polling in turn.
 */
@ApplicationScoped
public class LedgerWriter {
  private static final Logger LOG = Logger.getLogger(LedgerWriter.class);
  private static final long STOP_WAIT_MILLIS = 10_000;

  /** A polled batch waiting to be appended, with what to do once it is stored or has failed. */
  private record Submission(
      List<IncomingRecord> records, Runnable onStored, Consumer<Throwable> onFailed) {}

  private final Consumer<List<IncomingRecord>> store;
  private final int maxBatch;
  private final int maxPending;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private final ArrayDeque<Submission> queue = new ArrayDeque<>();
  private int pendingRecords;
  private boolean running = true;
  private Thread thread;

  @Inject
  public LedgerWriter(Ingestion ingestion, AuditConfig config) {
    this(ingestion::ingest, config.ingest().maxBatch(), config.ingest().maxPending());
  }

  /**
   * @param store appends records to the ledger; returns once they are committed, throws when they
   *     could not be (only when the service stops: the ingestion retries database failures)
   */
  LedgerWriter(Consumer<List<IncomingRecord>> store, int maxBatch, int maxPending) {
    this.store = store;
    this.maxBatch = maxBatch;
    this.maxPending = maxPending;
  }

  @PostConstruct
  void start() {
    thread = new Thread(this::run, "ledger-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Hands records over to be appended; {@code onStored} runs on the writer thread after they are
   * committed, {@code onFailed} if they could not be. Blocks while the writer is full (a batch
   * larger than the bound is still taken once nothing else waits).
   *
   * @return false when the writer has stopped: the records were not taken (and are not
   *     acknowledged, so they are delivered again after a restart)
   */
  public boolean submit(
      List<IncomingRecord> records, Runnable onStored, Consumer<Throwable> onFailed)
      throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (running && pendingRecords > 0 && pendingRecords + records.size() > maxPending) {
        notFull.await();
      }
      if (!running) {
        return false;
      }
      queue.add(new Submission(records, onStored, onFailed));
      pendingRecords += records.size();
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  /** Stops taking batches; waits for an append in progress to end. */
  void stop() {
    lock.lock();
    try {
      running = false;
      notEmpty.signalAll();
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
    if (thread != null && thread != Thread.currentThread()) {
      try {
        thread.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    while (true) {
      List<Submission> taken;
      try {
        taken = take();
      } catch (InterruptedException e) {
        return;
      }
      if (taken.isEmpty()) {
        return;
      }
      appendAll(taken);
    }
  }

  /** Waits for a batch, then takes it with the following ones while they fit in max-batch. */
  private List<Submission> take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (running && queue.isEmpty()) {
        notEmpty.await();
      }
      List<Submission> taken = new ArrayList<>();
      if (!running) {
        return taken;
      }
      int records = 0;
      do {
        Submission next = queue.poll();
        taken.add(next);
        records += next.records().size();
      } while (!queue.isEmpty() && records + queue.peek().records().size() <= maxBatch);
      return taken;
    } finally {
      lock.unlock();
    }
  }

  private void appendAll(List<Submission> taken) {
    List<IncomingRecord> records = new ArrayList<>();
    for (Submission s : taken) {
      records.addAll(s.records());
    }
    RuntimeException failure = null;
    try {
      store.accept(records);
    } catch (RuntimeException e) {
      failure = e;
    }
    release(records.size());
    for (Submission s : taken) {
      if (failure == null) {
        s.onStored().run();
      } else {
        s.onFailed().accept(failure);
      }
    }
    if (failure != null) {
      LOG.warnf("appending %d records failed, not acknowledged: %s", records.size(), failure);
    }
  }

  private void release(int records) {
    lock.lock();
    try {
      pendingRecords -= records;
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
