package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up subject fed by another service's events: a selected livelihood project (voting) or a
 * key supervised suggestion (suggestions), with its latest progress.
 */
@Entity
public class SupervisionSubject {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Enumerated(EnumType.STRING)
  private SubjectSource source;

  @Column(updatable = false)
  private String sourceId;

  private String title;

  private String departmentId;

  private String supervisor;
  private Integer year;

  private Integer progressPercent;

  private String status;

  private Instant lastEventAt;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected SupervisionSubject() {}

  public static SupervisionSubject track(
      String congressId, SubjectSource source, String sourceId, Instant now) {
    SupervisionSubject s = new SupervisionSubject();
    s.id = UUID.randomUUID();
    s.congressId = congressId;
    s.source = source;
    s.sourceId = sourceId;
    s.status = "TRACKED";
    s.createdAt = now;
    s.updatedAt = now;
    return s;
  }

  /** Fills in what an event tells; null values leave the field as it is. */
  public void describe(
      String title, String departmentId, String supervisor, Integer year, Instant now) {
    if (title != null) {
      this.title = title;
    }
    if (departmentId != null) {
      this.departmentId = departmentId;
    }
    if (supervisor != null) {
      this.supervisor = supervisor;
    }
    if (year != null) {
      this.year = year;
    }
    this.updatedAt = now;
  }

  public void progress(String status, Integer percent, Instant eventTime, Instant now) {
    if (status != null) {
      this.status = status;
    }
    if (percent != null) {
      this.progressPercent = percent;
    }
    if (eventTime != null && (lastEventAt == null || eventTime.isAfter(lastEventAt))) {
      this.lastEventAt = eventTime;
    }
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public SubjectSource source() {
    return source;
  }

  public String sourceId() {
    return sourceId;
  }

  public String title() {
    return title;
  }

  public String departmentId() {
    return departmentId;
  }

  public String supervisor() {
    return supervisor;
  }

  public Integer year() {
    return year;
  }

  public Integer progressPercent() {
    return progressPercent;
  }

  public String status() {
    return status;
  }

  public Instant lastEventAt() {
    return lastEventAt;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
