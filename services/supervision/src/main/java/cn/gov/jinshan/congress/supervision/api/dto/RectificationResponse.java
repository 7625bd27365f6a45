package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.RectificationReport;
import java.time.Instant;
import java.util.UUID;

/** A written rectification report (整改情况报告). */
public record RectificationResponse(
    UUID id,
    UUID opinionId,
    int round,
    String text,
    String departmentId,
    Instant reportedAt,
    boolean late) {
  public static RectificationResponse from(RectificationReport r) {
    return new RectificationResponse(
        r.id(), r.opinionId(), r.round(), r.text(), r.departmentId(), r.reportedAt(), r.late());
  }
}
