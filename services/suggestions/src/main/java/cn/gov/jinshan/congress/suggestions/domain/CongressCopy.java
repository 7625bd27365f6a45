package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The local copy of a congress (the district or a town), kept from the deputies service's events:
 * its current term and session number registrations; its parent is the district above a town.
 */
@Entity
public class CongressCopy {
  public static final String DISTRICT = "DISTRICT";
  public static final String TOWN = "TOWN";

  @Id private String id;

  private String name;
  private String level;

  private String parentId;

  private int currentTerm;

  private int currentSession;

  @Version private long version;

  @Column(nullable = false)
  private Instant updatedAt;

  protected CongressCopy() {}

  public static CongressCopy of(String id, Instant now) {
    CongressCopy c = new CongressCopy();
    c.id = id;
    c.name = id;
    c.level = DISTRICT;
    c.updatedAt = now;
    return c;
  }

  public void update(
      String name, String level, String parentId, int term, int session, Instant now) {
    this.name = name;
    this.level = level;
    this.parentId = parentId;
    this.currentTerm = term;
    this.currentSession = session;
    this.updatedAt = now;
  }

  public boolean isDistrict() {
    return DISTRICT.equals(level);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String level() {
    return level;
  }

  public String parentId() {
    return parentId;
  }

  public int currentTerm() {
    return currentTerm;
  }

  public int currentSession() {
    return currentSession;
  }
}
