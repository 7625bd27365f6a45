package cn.gov.jinshan.congress.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deputy's inspection (视察) of a project, with their comment. */
@Entity
public class Inspection {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID projectId;

  private UUID deputyId;

  private LocalDate inspectedOn;

  private String comment;

  private Instant createdAt;

  protected Inspection() {}

  public static Inspection record(
      LivelihoodProject project, UUID deputyId, LocalDate on, String comment, Instant now) {
    Inspection inspection = new Inspection();
    inspection.id = UUID.randomUUID();
    inspection.congressId = project.congressId();
    inspection.projectId = project.id();
    inspection.deputyId = deputyId;
    inspection.inspectedOn = on;
    inspection.comment = comment.strip();
    inspection.createdAt = now;
    return inspection;
  }

  public UUID id() {
    return id;
  }

  public UUID projectId() {
    return projectId;
  }

  public UUID deputyId() {
    return deputyId;
  }

  public LocalDate inspectedOn() {
    return inspectedOn;
  }

  public String comment() {
    return comment;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
