package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.ExtensionRequest;
import cn.gov.jinshan.congress.suggestions.domain.ExtensionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An extension request and its decision. */
public record ExtensionResponse(
    UUID id,
    String departmentId,
    LocalDate requestedDue,
    String reason,
    ExtensionStatus status,
    String statusLabel,
    Instant decidedAt) {
  public static ExtensionResponse from(ExtensionRequest r) {
    return new ExtensionResponse(
        r.id(),
        r.departmentId(),
        r.requestedDue(),
        r.reason(),
        r.status(),
        r.status().label(),
        r.decidedAt());
  }
}
