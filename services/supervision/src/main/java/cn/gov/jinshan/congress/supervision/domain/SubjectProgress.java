package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One event in a subject's history (selected, progress reported, marked, replied). */
@Entity
public class SubjectProgress {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID subjectId;

  private String eventId;

  private String eventType;

  private Instant occurredAt;

  private Integer percent;
  private String summary;

  protected SubjectProgress() {}

  public static SubjectProgress of(
      SupervisionSubject subject,
      String eventId,
      String eventType,
      Instant occurredAt,
      Integer percent,
      String summary) {
    SubjectProgress p = new SubjectProgress();
    p.id = UUID.randomUUID();
    p.congressId = subject.congressId();
    p.subjectId = subject.id();
    p.eventId = eventId;
    p.eventType = eventType;
    p.occurredAt = occurredAt;
    p.percent = percent;
    p.summary = summary;
    return p;
  }

  public UUID id() {
    return id;
  }

  public String eventType() {
    return eventType;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Integer percent() {
    return percent;
  }

  public String summary() {
    return summary;
  }
}
