package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import java.time.Instant;
import java.util.UUID;

/** An annual supervision plan. */
public record PlanResponse(
    UUID id, String congressId, int year, String title, long version, Instant createdAt) {
  public static PlanResponse from(SupervisionPlan p) {
    return new PlanResponse(
        p.id(), p.congressId(), p.year(), p.title(), p.version(), p.createdAt());
  }
}
