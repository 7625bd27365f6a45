package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.Referral;
import cn.gov.jinshan.congress.suggestions.domain.ReferralTarget;
import java.time.Instant;
import java.util.UUID;

/** A referral of an item to another level, as the referring congress keeps it. */
public record ReferralResponse(
    UUID id,
    UUID suggestionId,
    ReferralTarget target,
    String targetLabel,
    String targetCongressId,
    UUID referredToId,
    String reason,
    String cityReference,
    String referredBy,
    Instant referredAt) {
  public static ReferralResponse from(Referral r) {
    return new ReferralResponse(
        r.id(),
        r.suggestionId(),
        r.targetLevel(),
        r.targetLevel().label(),
        r.targetCongressId(),
        r.referredToId(),
        r.reason(),
        r.cityReference(),
        r.referredBy(),
        r.referredAt());
  }
}
