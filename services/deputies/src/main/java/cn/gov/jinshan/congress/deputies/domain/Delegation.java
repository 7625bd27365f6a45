package cn.gov.jinshan.congress.deputies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A delegation or deputy group (代表团/代表小组), one per town or street of the district. */
@Entity
public class Delegation {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false)
  private String name;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Delegation() {}

  public Delegation(String congressId, String name, Instant now) {
    this.id = UUID.randomUUID();
    this.congressId = congressId;
    this.name = name;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public String name() {
    return name;
  }

  public long version() {
    return version;
  }
}
