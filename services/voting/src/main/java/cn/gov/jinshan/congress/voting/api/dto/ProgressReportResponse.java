package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.ProgressReport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A progress report. */
public record ProgressReportResponse(
    UUID id,
    UUID projectId,
    String departmentId,
    int percentage,
    String narrative,
    List<String> attachments,
    Instant reportedAt) {
  public static ProgressReportResponse from(ProgressReport r) {
    return new ProgressReportResponse(
        r.id(),
        r.projectId(),
        r.departmentId(),
        r.percentage(),
        r.narrative(),
        r.attachments(),
        r.reportedAt());
  }
}
