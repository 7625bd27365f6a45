package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Opinion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Deliberation opinions (审议意见) and the state of the rectification they ask for. */
public record OpinionResponse(
    UUID id,
    UUID topicId,
    int hearingRound,
    String text,
    LocalDate issuedOn,
    LocalDate rectificationDeadline,
    Instant acknowledgedAt,
    int rectificationRound,
    Instant rectifiedAt,
    boolean overdue,
    Instant overdueFlaggedAt) {
  public static OpinionResponse from(Opinion o, LocalDate today) {
    return new OpinionResponse(
        o.id(),
        o.topicId(),
        o.hearingRound(),
        o.text(),
        o.issuedOn(),
        o.rectificationDeadline(),
        o.acknowledgedAt(),
        o.rectificationRound(),
        o.rectifiedAt(),
        o.isOverdue(today),
        o.overdueFlaggedAt());
  }
}
