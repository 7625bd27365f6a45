package cn.gov.jinshan.congress.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * This service's copy of one membership of a deputy (a person who sits in two congresses has one
 * per congress, each with its own id), fed by the deputies context's events: only what tells
 * whether the deputy votes in their congress, that is whether they are its ACTIVE deputies of its
 * own level.
 */
@Entity
public class DeputyCopy {
  public static final String ACTIVE = "ACTIVE";

  @Id private UUID id;

  @Column(nullable = false)
  private String congressId;

  private String level;
  private String status;

  protected DeputyCopy() {}

  public static DeputyCopy of(UUID id, String congressId, String level, String status) {
    DeputyCopy copy = new DeputyCopy();
    copy.id = id;
    copy.congressId = congressId;
    copy.level = level;
    copy.status = status;
    return copy;
  }

  public void update(String congressId, String level) {
    this.congressId = congressId;
    this.level = level;
  }

  public void changeStatus(String status) {
    this.status = status;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public String level() {
    return level;
  }

  public String status() {
    return status;
  }
}
