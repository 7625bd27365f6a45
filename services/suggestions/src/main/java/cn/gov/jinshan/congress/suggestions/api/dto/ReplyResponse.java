package cn.gov.jinshan.congress.suggestions.api.dto;

import cn.gov.jinshan.congress.suggestions.domain.EvaluationResult;
import cn.gov.jinshan.congress.suggestions.domain.Reply;
import cn.gov.jinshan.congress.suggestions.domain.ReplyClass;
import cn.gov.jinshan.congress.suggestions.service.DepartmentNames;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A formal reply with its evaluation, if any. */
public record ReplyResponse(
    UUID id,
    UUID suggestionId,
    String departmentId,
    String departmentName,
    int round,
    ReplyClass replyClass,
    String replyClassLabel,
    String text,
    boolean publishable,
    LocalDate promisedOn,
    String signedBy,
    LocalDate repliedOn,
    boolean onTime,
    LocalDate fulfilledOn,
    EvaluationResult evaluation,
    String evaluationLabel,
    String evaluationComment,
    Instant evaluatedAt) {
  public static ReplyResponse from(Reply r, DepartmentNames names) {
    return new ReplyResponse(
        r.id(),
        r.suggestionId(),
        r.departmentId(),
        names.of(r.congressId(), r.departmentId()),
        r.round(),
        r.replyClass(),
        r.replyClass().label(),
        r.text(),
        r.publishable(),
        r.promisedOn(),
        r.signedBy(),
        r.repliedOn(),
        r.onTime(),
        r.fulfilledOn(),
        r.evaluation(),
        r.evaluation() == null ? null : r.evaluation().label(),
        r.evaluationComment(),
        r.evaluatedAt());
  }
}
