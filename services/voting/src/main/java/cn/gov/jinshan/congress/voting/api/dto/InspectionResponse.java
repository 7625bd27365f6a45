package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.Inspection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deputy's inspection comment. */
public record InspectionResponse(
    UUID id,
    UUID projectId,
    UUID deputyId,
    LocalDate inspectedOn,
    String comment,
    Instant createdAt) {
  public static InspectionResponse from(Inspection i) {
    return new InspectionResponse(
        i.id(), i.projectId(), i.deputyId(), i.inspectedOn(), i.comment(), i.createdAt());
  }
}
