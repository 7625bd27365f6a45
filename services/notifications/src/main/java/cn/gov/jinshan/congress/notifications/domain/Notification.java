package cn.gov.jinshan.congress.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * An entry of a person's inbox: one per (source, person). Entries are inserted once (the source and
 * recipient are unique) and afterwards only marked read.
 */
@Entity
public class Notification {
  /** The order of arrival: the list's tie-breaker and the live stream's event id. */
  @Id
  @Column(insertable = false, updatable = false)
  private long seq;

  private UUID id;
  private String congressId;
  private String recipient;
  private String sourceId;
  private String kind;
  private String itemId;
  private String title;
  private String body;
  private Instant createdAt;
  private Instant readAt;

  protected Notification() {}

  public long seq() {
    return seq;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public String recipient() {
    return recipient;
  }

  public String sourceId() {
    return sourceId;
  }

  public String kind() {
    return kind;
  }

  public String itemId() {
    return itemId;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public boolean unread() {
    return readAt == null;
  }
}
