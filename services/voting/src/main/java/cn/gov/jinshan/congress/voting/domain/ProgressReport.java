package cn.gov.jinshan.congress.voting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A progress report by the responsible department: percentage, narrative, attachments. */
@Entity
public class ProgressReport {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private UUID projectId;

  private String departmentId;

  private int percentage;
  private String narrative;
  private String attachments;

  private String reportedBy;

  private Instant reportedAt;

  protected ProgressReport() {}

  public static ProgressReport report(
      LivelihoodProject project,
      int percentage,
      String narrative,
      List<String> attachments,
      String reportedBy,
      Instant now) {
    ProgressReport report = new ProgressReport();
    report.id = UUID.randomUUID();
    report.congressId = project.congressId();
    report.projectId = project.id();
    report.departmentId = project.responsibleDepartmentId();
    report.percentage = percentage;
    report.narrative = narrative.strip();
    report.attachments = String.join("\n", attachments);
    report.reportedBy = reportedBy;
    report.reportedAt = now;
    project.progressed(percentage, now);
    return report;
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

  public String departmentId() {
    return departmentId;
  }

  public int percentage() {
    return percentage;
  }

  public String narrative() {
    return narrative;
  }

  public List<String> attachments() {
    return attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split("\n"));
  }

  public String reportedBy() {
    return reportedBy;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
