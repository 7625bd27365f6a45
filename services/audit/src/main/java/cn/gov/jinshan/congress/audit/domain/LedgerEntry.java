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

  private String eventId;

  private String congressId;

  private String eventType;

  private String source;

  private String subject;

  private String actorId;

  private Instant eventTime;

  private String topic;

  @Column(name = "kafka_partition")
  private int partition;

  @Column(name = "kafka_offset")
  private long offset;

  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  private EntryStatus status;

  private String raw;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(insertable = false, updatable = false)
  private String payload;

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
