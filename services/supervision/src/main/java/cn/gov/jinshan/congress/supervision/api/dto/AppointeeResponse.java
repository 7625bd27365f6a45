package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Appointee;
import cn.gov.jinshan.congress.supervision.domain.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An appointee (任免) with the result of their latest review and, when asked, all reviews. */
public record AppointeeResponse(
    UUID id,
    String congressId,
    String personName,
    String post,
    String departmentId,
    LocalDate appointedOn,
    Outcome lastOutcome,
    String lastOutcomeLabel,
    LocalDate lastReviewedOn,
    List<EvaluationResponse> reviews,
    long version) {
  public static AppointeeResponse from(Appointee a, List<EvaluationResponse> reviews) {
    return new AppointeeResponse(
        a.id(),
        a.congressId(),
        a.personName(),
        a.post(),
        a.departmentId(),
        a.appointedOn(),
        a.lastOutcome(),
        a.lastOutcome() == null ? null : a.lastOutcome().label(),
        a.lastReviewedOn(),
        reviews,
        a.version());
  }
}
