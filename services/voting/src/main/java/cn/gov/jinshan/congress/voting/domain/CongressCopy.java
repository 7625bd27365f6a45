package cn.gov.jinshan.congress.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The local copy of a congress (the district or a town), kept from the deputies service's events:
 * its level says which deputies vote in it (those of the same level), its parent is the district
 * above a town, which decides cross-congress reads and roll-ups.
 */
@Entity
@Table(name = "congress_copy")
public class CongressCopy {
  public static final String DISTRICT = "DISTRICT";

  @Id private String id;

  private String name;
  private String level;

  @Column(name = "parent_id")
  private String parentId;

  @Version private long version;

  @Column(name = "updated_at", nullable = false)
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

  public void update(String name, String level, String parentId, Instant now) {
    this.name = name;
    this.level = level;
    this.parentId = parentId;
    this.updatedAt = now;
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
}
