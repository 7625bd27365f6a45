package cn.gov.jinshan.congress.deputies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One activity (履职活动) on a deputy's record; immutable once recorded. */
@Entity
public class Activity {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID deputyId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ActivityKind kind;

  @Column(updatable = false)
  private LocalDate occurredOn;

  @Column(updatable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private ActivitySource source;

  @Column(updatable = false)
  private String sourceEventId;

  @Column(updatable = false)
  private String recordedBy;

  @Column(updatable = false)
  private Instant createdAt;

  protected Activity() {}

  private Activity(
      Deputy deputy,
      ActivityKind kind,
      LocalDate occurredOn,
      String title,
      ActivitySource source,
      String sourceEventId,
      String recordedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.congressId = deputy.congressId();
    this.deputyId = deputy.id();
    this.kind = kind;
    this.occurredOn = occurredOn;
    this.title = title.strip();
    this.source = source;
    this.sourceEventId = sourceEventId;
    this.recordedBy = recordedBy;
    this.createdAt = now;
  }

  public static Activity manual(
      Deputy deputy,
      ActivityKind kind,
      LocalDate occurredOn,
      String title,
      String recordedBy,
      Instant now) {
    return new Activity(
        deputy, kind, occurredOn, title, ActivitySource.MANUAL, null, recordedBy, now);
  }

  /** An activity recorded because another service reported it in an event. */
  public static Activity fromEvent(
      Deputy deputy,
      ActivityKind kind,
      LocalDate occurredOn,
      String title,
      String eventId,
      String producer,
      Instant now) {
    return new Activity(
        deputy, kind, occurredOn, title, ActivitySource.EVENT, eventId, producer, now);
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID deputyId() {
    return deputyId;
  }

  public ActivityKind kind() {
    return kind;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String title() {
    return title;
  }

  public ActivitySource source() {
    return source;
  }

  public String sourceEventId() {
    return sourceEventId;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
