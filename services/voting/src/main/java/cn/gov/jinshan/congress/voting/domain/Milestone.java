package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A milestone of a project's delivery plan. */
@Entity
public class Milestone {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID projectId;

  private String title;

  private LocalDate dueOn;

  private LocalDate doneOn;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Milestone() {}

  public static Milestone plan(
      LivelihoodProject project, String title, LocalDate dueOn, Instant now) {
    Milestone milestone = new Milestone();
    milestone.id = UUID.randomUUID();
    milestone.congressId = project.congressId();
    milestone.projectId = project.id();
    milestone.title = title.strip();
    milestone.dueOn = dueOn;
    milestone.createdAt = now;
    milestone.updatedAt = now;
    return milestone;
  }

  public void complete(LocalDate on, Instant now) {
    if (doneOn != null) {
      throw RuleViolation.invalidState("milestone.done", doneOn);
    }
    this.doneOn = on;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID projectId() {
    return projectId;
  }

  public String title() {
    return title;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public LocalDate doneOn() {
    return doneOn;
  }

  public long version() {
    return version;
  }
}
