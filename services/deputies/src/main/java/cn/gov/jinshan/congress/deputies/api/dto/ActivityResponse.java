package cn.gov.jinshan.congress.deputies.api.dto;

import cn.gov.jinshan.congress.deputies.domain.Activity;
import cn.gov.jinshan.congress.deputies.domain.ActivityKind;
import cn.gov.jinshan.congress.deputies.domain.ActivitySource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ActivityResponse(
    UUID id,
    UUID deputyId,
    ActivityKind kind,
    String kindLabel,
    LocalDate occurredOn,
    String title,
    ActivitySource source,
    String sourceEventId,
    Instant createdAt) {
  public static ActivityResponse from(Activity a) {
    return new ActivityResponse(
        a.id(),
        a.deputyId(),
        a.kind(),
        a.kind().label(),
        a.occurredOn(),
        a.title(),
        a.source(),
        a.sourceEventId(),
        a.createdAt());
  }
}
