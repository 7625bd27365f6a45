package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Selected livelihood projects (民心工程) and the responsible unit's progress reports. */
public final class Projects {
  private Projects() {}

  public record Project(
      UUID id,
      UUID roundId,
      String title,
      String responsibleDepartmentId,
      int forVotes,
      int progressPercent,
      Instant updatedAt) {}

  public record ProjectPage(List<Project> items, String nextPageToken) {}

  public record ProgressReport(
      UUID id, int percentage, String narrative, List<String> attachments, Instant reportedAt) {}

  public record ReportPage(List<ProgressReport> items, String nextPageToken) {
    /** Newest first, whatever order the API pages them in. */
    public List<ProgressReport> newestFirst() {
      return items == null
          ? List.of()
          : items.stream()
              .sorted(
                  Comparator.comparing(
                      ProgressReport::reportedAt, Comparator.nullsLast(Comparator.reverseOrder())))
              .toList();
    }
  }

  /** The body of a progress report: exactly what the API accepts. */
  public record ReportProgress(Integer percentage, String narrative) {}
}
