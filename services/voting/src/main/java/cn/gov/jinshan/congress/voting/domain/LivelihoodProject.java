package cn.gov.jinshan.congress.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A selected livelihood project (民心工程实事项目) being delivered by its responsible department. */
@Entity
public class LivelihoodProject {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID roundId;

  @Column(nullable = false, updatable = false)
  private UUID candidateId;

  private String title;

  private String responsibleDepartmentId;

  private int forVotes;

  private int progressPercent;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected LivelihoodProject() {}

  public static LivelihoodProject select(Candidate candidate, int forVotes, Instant now) {
    LivelihoodProject project = new LivelihoodProject();
    project.id = UUID.randomUUID();
    project.congressId = candidate.congressId();
    project.roundId = candidate.roundId();
    project.candidateId = candidate.id();
    project.title = candidate.title();
    project.responsibleDepartmentId = candidate.responsibleDepartmentId();
    project.forVotes = forVotes;
    project.createdAt = now;
    project.updatedAt = now;
    return project;
  }

  /** Whether {@code departmentId} is the department responsible for delivering it. */
  public boolean isResponsible(String departmentId) {
    return responsibleDepartmentId.equals(departmentId);
  }

  public void progressed(int percentage, Instant now) {
    this.progressPercent = percentage;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public UUID roundId() {
    return roundId;
  }

  public UUID candidateId() {
    return candidateId;
  }

  public String title() {
    return title;
  }

  public String responsibleDepartmentId() {
    return responsibleDepartmentId;
  }

  public int forVotes() {
    return forVotes;
  }

  public int progressPercent() {
    return progressPercent;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
