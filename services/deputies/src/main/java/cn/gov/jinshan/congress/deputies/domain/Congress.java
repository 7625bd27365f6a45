package cn.gov.jinshan.congress.deputies.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A congress the platform serves (the district, a town), identified by a short code such as {@code
 * JS-ZHUJING}. Its current term and session number the registrations of that congress.
 */
@Entity
public class Congress {
  @Id private String id;

  private String name;

  @Enumerated(EnumType.STRING)
  private CongressLevel level;

  private String parentId;

  private int currentTerm;

  private int currentSession;

  @Version private long version;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  /** When its CongressRegistered event was written to the outbox; null until then. */
  private Instant announcedAt;

  protected Congress() {}

  /** A town congress has a parent; the district congress has none. */
  public Congress(
      String id,
      String name,
      CongressLevel level,
      String parentId,
      int currentTerm,
      int currentSession,
      Instant now) {
    if ((level == CongressLevel.TOWN) != (parentId != null)) {
      throw RuleViolation.businessRule("congress.parent", id);
    }
    this.id = id;
    this.createdAt = now;
    this.level = level;
    this.parentId = parentId;
    update(name, currentTerm, currentSession, now);
  }

  /** Renames it or moves it to a new term or session; a term never goes back. */
  public void update(String name, int currentTerm, int currentSession, Instant now) {
    if (currentTerm < this.currentTerm) {
      throw RuleViolation.businessRule("congress.term-backwards", this.currentTerm);
    }
    this.name = name.strip();
    this.currentTerm = currentTerm;
    this.currentSession = currentSession;
    this.updatedAt = now;
  }

  /** Records that its CongressRegistered event has been written to the outbox. */
  public void announced(Instant now) {
    this.announcedAt = now;
  }

  public boolean isAnnounced() {
    return announcedAt != null;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public CongressLevel level() {
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

  public long version() {
    return version;
  }
}
