package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Grade;
import cn.gov.jinshan.congress.supervision.domain.Rating;
import java.time.Instant;
import java.util.UUID;

/** The caller's own rating, as recorded. */
public record RatingResponse(
    UUID id, UUID evaluationId, String memberId, Grade grade, String gradeLabel, Instant ratedAt) {
  public static RatingResponse from(Rating r) {
    return new RatingResponse(
        r.id(), r.evaluationId(), r.memberId(), r.grade(), r.grade().label(), r.ratedAt());
  }
}
