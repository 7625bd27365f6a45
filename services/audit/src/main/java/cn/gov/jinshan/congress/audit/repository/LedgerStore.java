package cn.gov.jinshan.congress.audit.repository;

import cn.gov.jinshan.congress.audit.domain.EntryContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The write side of the ledger, in plain JDBC batches (the ingest path): lock the head, find ids
 * already stored, insert entries and checkpoints, move the head. Every method runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class LedgerStore {
  private final EntityManager entityManager;

  public LedgerStore(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Locks the head row until the transaction ends: appends are serialized, seqs gapless. */
  @Transactional(Transactional.TxType.MANDATORY)
  public LedgerHead lockHead() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery("SELECT seq, hash FROM ledger_head WHERE id FOR UPDATE")
                .getSingleResult();
    return new LedgerHead(((Number) row[0]).longValue(), (String) row[1]);
  }

  /** The head without locking it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LedgerHead head() {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery("SELECT seq, hash FROM ledger_head WHERE id")
                .getSingleResult();
    return new LedgerHead(((Number) row[0]).longValue(), (String) row[1]);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Set<String> existingIds(Collection<String> eventIds) {
    Set<String> existing = new HashSet<>();
    if (eventIds.isEmpty()) {
      return existing;
    }
    session()
        .doWork(
            connection -> {
              Array ids = connection.createArrayOf("text", eventIds.toArray());
              try (PreparedStatement select =
                  connection.prepareStatement(
                      "SELECT event_id FROM audit_entry WHERE event_id = ANY(?)")) {
                select.setArray(1, ids);
                try (ResultSet rs = select.executeQuery()) {
                  while (rs.next()) {
                    existing.add(rs.getString(1));
                  }
                }
              }
            });
    return existing;
  }

  /** Inserts entries (in sequence order) with their hashes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void insert(List<EntryContent> entries, List<String> hashes) {
    session()
        .doWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "INSERT INTO audit_entry (seq, event_id, congress_id, event_type, source,"
                          + " subject, actor_id, event_time, topic, kafka_partition, kafka_offset,"
                          + " received_at, status, raw, hash)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < entries.size(); i++) {
                  EntryContent e = entries.get(i);
                  insert.setLong(1, e.seq());
                  insert.setString(2, e.eventId());
                  insert.setString(3, e.congressId());
                  insert.setString(4, e.eventType());
                  insert.setString(5, e.source());
                  insert.setString(6, e.subject());
                  insert.setString(7, e.actorId());
                  if (e.eventTime() == null) {
                    insert.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
                  } else {
                    insert.setTimestamp(8, Timestamp.from(e.eventTime()));
                  }
                  insert.setString(9, e.topic());
                  insert.setInt(10, e.partition());
                  insert.setLong(11, e.offset());
                  insert.setTimestamp(12, Timestamp.from(e.receivedAt()));
                  insert.setString(13, e.status().name());
                  insert.setString(14, e.raw());
                  insert.setString(15, hashes.get(i));
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void moveHead(LedgerHead head) {
    entityManager
        .createNativeQuery("UPDATE ledger_head SET seq = ?1, hash = ?2 WHERE id")
        .setParameter(1, head.seq())
        .setParameter(2, head.hash())
        .executeUpdate();
  }

  /** Stores a checkpoint unless one exists at that sequence number. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void checkpoint(long seq, String hash, String signature) {
    entityManager
        .createNativeQuery(
            "INSERT INTO ledger_checkpoint (seq, hash, signature) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, seq)
        .setParameter(2, hash)
        .setParameter(3, signature)
        .executeUpdate();
  }

  /** The greatest checkpointed sequence number, 0 when none. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long lastCheckpointSeq() {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM ledger_checkpoint")
                .getSingleResult())
        .longValue();
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }
}
