package cn.gov.jinshan.congress.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The chain's hash at a sequence number, signed; append-only like the ledger. */
@Entity
@Immutable
@Table(name = "ledger_checkpoint")
public class Checkpoint {
  @Id private long seq;

  private String hash;

  private String signature;

  private Instant createdAt;

  protected Checkpoint() {}

  public long seq() {
    return seq;
  }

  public String hash() {
    return hash;
  }

  public String signature() {
    return signature;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
