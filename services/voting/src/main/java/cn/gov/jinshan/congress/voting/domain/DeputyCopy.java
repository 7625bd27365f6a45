package cn.gov.jinshan.congress.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * The local copy of one membership of a deputy (a person who sits in two congresses has one per
 * congress, each with its own id), fed by the deputies context's events. Entitled voters of a
 * congress are its ACTIVE deputies of the congress's own level: district deputies in the district,
 * town deputies in a town (a city deputy registered in the district for linkage does not vote).
 */
@Entity
public class DeputyCopy {
  public static final String ACTIVE = "ACTIVE";

  @Id private UUID id;

  @Column(nullable = false)
  private String congressId;

  private String name;
  private String level;
  private String status;

  protected DeputyCopy() {}

  public static DeputyCopy of(
      UUID id, String congressId, String name, String level, String status) {
    DeputyCopy copy = new DeputyCopy();
    copy.id = id;
    copy.congressId = congressId;
    copy.name = name;
    copy.level = level;
    copy.status = status;
    return copy;
  }

  public void update(String congressId, String name, String level) {
    this.congressId = congressId;
    this.name = name;
    this.level = level;
  }

  public void changeStatus(String status) {
    this.status = status;
  }

  /** Whether this membership may vote in ballots of {@code congress}, which is of {@code level}. */
  public boolean isEntitledIn(String congress, String congressLevel) {
    return congressId.equals(congress) && congressLevel.equals(level) && ACTIVE.equals(status);
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

  public String level() {
    return level;
  }

  public String status() {
    return status;
  }
}
