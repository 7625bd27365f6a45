package cn.gov.jinshan.congress.deputies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A place where deputies receive constituents (基层实践站点 / 代表联络站 / 代表之家). */
@Entity
public class ContactStation {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  private String name;

  @Enumerated(EnumType.STRING)
  private StationKind kind;

  private String address;

  private UUID delegationId;

  @Version private long version;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  protected ContactStation() {}

  public ContactStation(
      String congressId,
      String name,
      StationKind kind,
      String address,
      UUID delegationId,
      Instant now) {
    this.id = UUID.randomUUID();
    this.congressId = congressId;
    this.name = name.strip();
    this.kind = kind;
    this.address = address;
    this.delegationId = delegationId;
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

  public StationKind kind() {
    return kind;
  }

  public String address() {
    return address;
  }

  public UUID delegationId() {
    return delegationId;
  }

  public long version() {
    return version;
  }
}
