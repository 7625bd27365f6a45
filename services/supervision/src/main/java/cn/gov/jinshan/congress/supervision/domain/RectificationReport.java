package cn.gov.jinshan.congress.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** The department's written report on its rectification (整改情况报告) for one round. */
@Entity
public class RectificationReport {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID topicId;

  @Column(nullable = false, updatable = false)
  private UUID opinionId;

  private int round;
  private String text;

  private String departmentId;

  private String reportedBy;

  private Instant reportedAt;

  private boolean late;

  protected RectificationReport() {}

  public static RectificationReport of(
      Opinion opinion,
      String text,
      String departmentId,
      String reportedBy,
      boolean late,
      Instant now) {
    RectificationReport r = new RectificationReport();
    r.id = UUID.randomUUID();
    r.congressId = opinion.congressId();
    r.topicId = opinion.topicId();
    r.opinionId = opinion.id();
    r.round = opinion.rectificationRound();
    r.text = text.strip();
    r.departmentId = departmentId;
    r.reportedBy = reportedBy;
    r.reportedAt = now;
    r.late = late;
    return r;
  }

  public UUID id() {
    return id;
  }

  public UUID opinionId() {
    return opinionId;
  }

  public int round() {
    return round;
  }

  public String text() {
    return text;
  }

  public String departmentId() {
    return departmentId;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public boolean late() {
    return late;
  }
}
