package cn.gov.jinshan.congress.platform.outbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in sequence order and marks what the broker acknowledged.
 *
 * <p>A single loop thread per instance publishes a batch whenever a writing transaction commits
 * (see {@link #wake()}) and otherwise polls every {@code platform.outbox.relay-interval}, so events
 * written by another instance, or left over after a failure, go out too.
 *
 * <p>One relay publishes at a time across all instances of a service (a transaction-scoped advisory
 * lock). Only the acknowledged prefix of a batch is marked, so a failure leaves the rest, in order,
 * for the next run; during a broker outage runs keep failing and retrying, nothing is dropped.
 * Delivery is at least once (a crash between the acknowledgement and the mark publishes again);
 * consumers are idempotent on the event id.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('outbox-relay'))";

  private final EntityManager entityManager;
  private final OutboxProducerFactory producerFactory;
  private final OutboxConfig config;
  private final Counter published;
  private final Counter failures;
  private static final long RETRY_PAUSE_MILLIS = 1_000;

  private final Object signal = new Object();
  private boolean woken;
  private volatile boolean running;
  private Thread loop;
  private Producer<String, String> producer;

  public OutboxRelay(
      EntityManager entityManager,
      OutboxProducerFactory producerFactory,
      OutboxConfig config,
      MeterRegistry registry) {
    this.entityManager = entityManager;
    this.producerFactory = producerFactory;
    this.config = config;
    this.published = registry.counter("outbox.published");
    this.failures = registry.counter("outbox.publish.failures");
  }

  /** Starts the relay loop on its own thread when this instance runs the relay. */
  void start(@Observes StartupEvent startup) {
    if (!config.relayEnabled()) {
      return;
    }
    running = true;
    loop = new Thread(this::runLoop, "outbox-relay");
    loop.setDaemon(true);
    loop.start();
  }

  /**
   * Wakes the loop at once: called when a transaction that wrote the outbox commits, so events
   * leave within milliseconds instead of waiting for the next poll.
   */
  public void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void runLoop() {
    long lastStart = System.nanoTime() - config.relayMinGap().toNanos();
    while (running) {
      long pause = config.relayInterval().toMillis();
      lastStart = awaitMinGap(lastStart);
      try {
        if (publishPending() == config.batchSize()) {
          continue; // a full batch: there may be more right away
        }
      } catch (RuntimeException e) {
        failures.increment();
        LOG.warnf("outbox relay run failed, will retry: %s", e.toString());
        pause = Math.max(pause, RETRY_PAUSE_MILLIS);
      }
      awaitWakeOrTimeout(pause);
    }
  }

  /** Sleeps until {@code platform.outbox.relay-min-gap} after the last run's start; returns now. */
  private long awaitMinGap(long lastStart) {
    long gap = config.relayMinGap().toNanos() - (System.nanoTime() - lastStart);
    if (gap > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(gap);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
    return System.nanoTime();
  }

  private void awaitWakeOrTimeout(long millis) {
    synchronized (signal) {
      try {
        if (!woken && running) {
          signal.wait(millis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
      woken = false;
    }
  }

  /**
   * Publishes up to one batch of pending events.
   *
   * @return how many events were published and marked
   */
  public synchronized int publishPending() {
    return QuarkusTransaction.requiringNew().call(this::publishBatchLocked);
  }

  private int publishBatchLocked() {
    Boolean locked = (Boolean) entityManager.createNativeQuery(LOCK).getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    List<PendingEvent> batch = pendingBatch();
    if (batch.isEmpty()) {
      return 0;
    }
    List<UUID> acknowledged = sendInOrder(batch);
    if (!acknowledged.isEmpty()) {
      entityManager
          .createNativeQuery("UPDATE outbox_event SET published_at = now() WHERE id IN (?1)")
          .setParameter(1, acknowledged)
          .executeUpdate();
      published.increment(acknowledged.size());
    }
    return acknowledged.size();
  }

  @SuppressWarnings("unchecked")
  private List<PendingEvent> pendingBatch() {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, topic, event_key, event_type, CAST(envelope AS text) FROM outbox_event"
                    + " WHERE published_at IS NULL ORDER BY seq LIMIT ?1")
            .setParameter(1, config.batchSize())
            .getResultList();
    List<PendingEvent> batch = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      batch.add(
          new PendingEvent(
              (UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4]));
    }
    return batch;
  }

  /** Sends the batch and returns the ids of the acknowledged prefix. */
  private List<UUID> sendInOrder(List<PendingEvent> batch) {
    Producer<String, String> kafka = producer();
    List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
    try {
      for (PendingEvent event : batch) {
        ProducerRecord<String, String> record =
            new ProducerRecord<>(event.topic(), event.key(), event.envelope());
        record.headers().add("content-type", "application/cloudevents+json".getBytes());
        record.headers().add(EventEnvelope.TYPE_HEADER, event.type().getBytes(UTF_8));
        sent.add(kafka.send(record));
      }
    } catch (RuntimeException e) {
      LOG.warnf("outbox send failed after %d of %d: %s", sent.size(), batch.size(), e);
    }
    List<UUID> acknowledged = new ArrayList<>();
    long deadline = System.nanoTime() + config.sendTimeout().toNanos();
    for (int i = 0; i < sent.size(); i++) {
      try {
        sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        acknowledged.add(batch.get(i).id());
      } catch (ExecutionException | TimeoutException e) {
        failures.increment();
        LOG.warnf("outbox event %s not acknowledged, retrying later: %s", batch.get(i).id(), e);
        resetProducer();
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (acknowledged.size() < batch.size() && producer != null) {
      // Unacknowledged sends may still complete later; a fresh producer next run keeps order.
      resetProducer();
    }
    return acknowledged;
  }

  private Producer<String, String> producer() {
    if (producer == null) {
      producer = producerFactory.create();
    }
    return producer;
  }

  private void resetProducer() {
    if (producer != null) {
      producer.close(Duration.ZERO);
      producer = null;
    }
  }

  /**
   * Stops the loop as soon as shutdown begins: the datasource and the EntityManagerFactory close
   * before this bean is destroyed, and a loop still running then only logs failures and delays the
   * exit. A batch in flight finishes (its acknowledged prefix is marked); the rest stays pending.
   */
  void stop(@Observes ShutdownEvent shutdown) {
    running = false;
    wake();
    if (loop != null) {
      try {
        loop.join(config.sendTimeout().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @PreDestroy
  void close() {
    running = false;
    closeProducer();
  }

  private synchronized void closeProducer() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }

  /** Deletes published events older than the retention, in small steps. */
  @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = RelayDisabled.class)
  void purgePublished() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "DELETE FROM outbox_event WHERE published_at < now() - CAST(?1 AS interval)")
                    .setParameter(1, config.retention().toSeconds() + " seconds")
                    .executeUpdate());
  }

  private record PendingEvent(UUID id, String topic, String key, String type, String envelope) {}
}
