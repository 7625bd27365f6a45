package cn.gov.jinshan.congress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the append-only audit ledger. Read-only for Hibernate: entries are written by the
 * ledger appender in sequence order and never change (a database trigger refuses it).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class LedgerEntry {
  @Id private long seq;

  @Column(name = "event_id")
  private String eventId;

  @Column(name = "congress_id")
  private String congressId;

  @Column(name = "event_type")
  private String eventType;

  @Column(name = "source")
  private String source;

  @Column(name = "subject")
  private String subject;

  @Column(name = "actor_id")
  private String actorId;

  @Column(name = "event_time")
  private Instant eventTime;

  @Column(name = "topic")
  private String topic;

  @Column(name = "kafka_partition")
  private int partition;

  @Column(name = "kafka_offset")
  private long offset;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private EntryStatus status;

  @Column(name = "raw")
  private String raw;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "payload", insertable = false, updatable = false)
  private String payload;

  @Column(name = "hash")
  private String hash;

  protected LedgerEntry() {}

  /** The fields the hash covers. */
  public EntryContent content() {
    return new EntryContent(
        seq,
        eventId,
        congressId,
        eventType,
        source,
        subject,
        actorId,
        eventTime,
        topic,
        partition,
        offset,
        receivedAt,
        status,
        raw);
  }

  /** Whether this entry's stored hash is the hash of its content after {@code previousHash}. */
  public boolean chainsFrom(String previousHash) {
    return Chain.hash(previousHash, content()).equals(hash);
  }

  public long seq() {
    return seq;
  }

  public String eventId() {
    return eventId;
  }

  public String congressId() {
    return congressId;
  }

  public String eventType() {
    return eventType;
  }

  public String source() {
    return source;
  }

  public String subject() {
    return subject;
  }

  public String actorId() {
    return actorId;
  }

  public Instant eventTime() {
    return eventTime;
  }

  public String topic() {
    return topic;
  }

  public int partition() {
    return partition;
  }

  public long offset() {
    return offset;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public EntryStatus status() {
    return status;
  }

  public String raw() {
    return raw;
  }

  /** The envelope's data as JSON text, or null for an unparseable record. */
  public String payload() {
    return payload;
  }

  public String hash() {
    return hash;
  }
}
