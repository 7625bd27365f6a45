package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Visit;
import cn.gov.jinshan.congress.supervision.domain.VisitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A research or inspection visit (看). */
public record VisitResponse(
    UUID id,
    UUID topicId,
    VisitKind kind,
    String kindLabel,
    LocalDate visitedOn,
    String place,
    String findings,
    List<UUID> deputyIds,
    List<String> memberIds) {
  public static VisitResponse from(Visit v) {
    return new VisitResponse(
        v.id(),
        v.topicId(),
        v.kind(),
        v.kind().label(),
        v.visitedOn(),
        v.place(),
        v.findings(),
        v.deputyIds(),
        v.memberIds());
  }
}
