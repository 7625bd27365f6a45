package cn.gov.jinshan.congress.platform.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes the bookkeeping rows that would otherwise grow forever: consumed event ids older than
 * {@code platform.retention.processed-events} and Idempotency-Key records older than {@code
 * platform.retention.idempotency-keys}. Each table is purged in batches, each batch in its own
 * transaction under a transaction-scoped advisory lock, so that one instance of a service purges at
 * a time and the others skip.
 */
@ApplicationScoped
public class RetentionJobs {
  private static final Logger LOG = Logger.getLogger(RetentionJobs.class);

  /** A bookkeeping table and the column that says when its row was written. */
  public enum Table {
    PROCESSED_EVENT("processed_event", "processed_at"),
    IDEMPOTENCY_RECORD("idempotency_record", "created_at");

    private final String name;
    private final String writtenAt;

    Table(String name, String writtenAt) {
      this.name = name;
      this.writtenAt = writtenAt;
    }
  }

  private final EntityManager entityManager;
  private final RetentionConfig config;

  public RetentionJobs(EntityManager entityManager, RetentionConfig config) {
    this.entityManager = entityManager;
    this.config = config;
  }

  @Scheduled(
      identity = "platform-retention",
      every = "1h",
      delayed = "5m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purgeOldRows() {
    purge(Table.PROCESSED_EVENT, config.processedEvents());
    purge(Table.IDEMPOTENCY_RECORD, config.idempotencyKeys());
  }

  /**
   * Deletes the table's rows written longer ago than {@code age}, batch after batch; returns how
   * many, or -1 when another instance holds the table's purge lock.
   */
  public long purge(Table table, Duration age) {
    long deleted = 0;
    while (true) {
      int batch = QuarkusTransaction.requiringNew().call(() -> purgeBatch(table, age));
      if (batch < 0) {
        return deleted == 0 ? -1 : deleted;
      }
      deleted += batch;
      if (batch < config.batchSize()) {
        if (deleted > 0) {
          LOG.infof("deleted %d rows of %s older than %s", deleted, table.name, age);
        }
        return deleted;
      }
    }
  }

  private int purgeBatch(Table table, Duration age) {
    Object locked =
        entityManager
            .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?1))")
            .setParameter(1, "retention-" + table.name)
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return -1;
    }
    return entityManager
        .createNativeQuery(
            "DELETE FROM "
                + table.name
                + " WHERE ctid IN (SELECT ctid FROM "
                + table.name
                + " WHERE "
                + table.writtenAt
                + " < now() - CAST(?1 AS interval) LIMIT ?2)")
        .setParameter(1, age.toSeconds() + " seconds")
        .setParameter(2, config.batchSize())
        .executeUpdate();
  }
}
