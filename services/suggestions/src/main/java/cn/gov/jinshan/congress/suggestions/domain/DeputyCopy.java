package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The local copy of a deputy, kept from the deputies service's events. */
@Entity
public class DeputyCopy {
  public static final String ACTIVE = "ACTIVE";

  @Id private UUID id;

  @Column(nullable = false)
  private String congressId;

  private String name;

  private String delegationId;

  private String delegationName;

  private String status;

  private String userSubject;

  @Column(nullable = false)
  private Instant updatedAt;

  protected DeputyCopy() {}

  public static DeputyCopy of(UUID id, String congressId, Instant now) {
    DeputyCopy copy = new DeputyCopy();
    copy.id = id;
    copy.congressId = congressId;
    copy.name = "";
    copy.status = ACTIVE;
    copy.updatedAt = now;
    return copy;
  }

  public void update(String name, String delegationId, String delegationName, Instant now) {
    this.name = name;
    this.delegationId = delegationId;
    this.delegationName = delegationName;
    this.updatedAt = now;
  }

  public void changeStatus(String status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  /** The Keycloak user behind this membership (the same person may sit in two congresses). */
  public void linkUser(String userSubject) {
    if (userSubject != null && !userSubject.isBlank()) {
      this.userSubject = userSubject;
    }
  }

  public String userSubject() {
    return userSubject;
  }

  public boolean isActive() {
    return ACTIVE.equals(status);
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

  public String delegationId() {
    return delegationId;
  }

  public String delegationName() {
    return delegationName;
  }

  public String status() {
    return status;
  }
}
