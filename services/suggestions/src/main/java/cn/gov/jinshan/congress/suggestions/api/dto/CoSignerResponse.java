package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import cn.gov.jinshan.congress.suggestions.domain.CoSignerStatus;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import java.time.Instant;
import java.util.Map;

/** A co-signer and their answer. */
public record CoSignerResponse(
    DeputyRef deputy, CoSignerStatus status, String statusLabel, Instant respondedAt) {
  public static CoSignerResponse from(CoSigner c, Map<java.util.UUID, DeputyCopy> copies) {
    return new CoSignerResponse(
        DeputyRef.of(c.deputyId(), copies), c.status(), c.status().label(), c.respondedAt());
  }
}
