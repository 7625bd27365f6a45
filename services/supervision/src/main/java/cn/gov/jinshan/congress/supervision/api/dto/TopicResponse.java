package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A supervision topic with its lifecycle state. */
public record TopicResponse(
    UUID id,
    String congressId,
    UUID planId,
    String title,
    TopicKind kind,
    String kindLabel,
    String committee,
    List<String> departmentIds,
    LocalDate plannedMeetingDate,
    TopicStatus status,
    String statusLabel,
    int hearingRound,
    long version,
    String cancelReason,
    Instant cancelledAt,
    Instant createdAt,
    Instant updatedAt) {
  public static TopicResponse from(SupervisionTopic t) {
    return new TopicResponse(
        t.id(),
        t.congressId(),
        t.planId(),
        t.title(),
        t.kind(),
        t.kind().label(),
        t.committee(),
        t.departmentIds(),
        t.plannedMeetingDate(),
        t.status(),
        t.status().label(),
        t.hearingRound(),
        t.version(),
        t.cancelReason(),
        t.cancelledAt(),
        t.createdAt(),
        t.updatedAt());
  }
}
