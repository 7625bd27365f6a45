package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Evaluation;
import cn.gov.jinshan.congress.supervision.domain.EvaluationStatus;
import cn.gov.jinshan.congress.supervision.domain.EvaluationSubject;
import cn.gov.jinshan.congress.supervision.domain.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A satisfaction evaluation or performance review; the counts and outcome once completed. Who rated
 * what is never shown.
 */
public record EvaluationResponse(
    UUID id,
    EvaluationSubject subject,
    String subjectLabel,
    UUID topicId,
    Integer hearingRound,
    UUID appointeeId,
    LocalDate meetingDate,
    String reportText,
    EvaluationStatus status,
    List<String> presentMemberIds,
    Counts counts,
    Outcome outcome,
    String outcomeLabel,
    Instant completedAt,
    long version) {

  public static EvaluationResponse from(Evaluation e) {
    return new EvaluationResponse(
        e.id(),
        e.subject(),
        e.subject().label(),
        e.topicId(),
        e.hearingRound(),
        e.appointeeId(),
        e.meetingDate(),
        e.reportText(),
        e.status(),
        e.presentMembers(),
        e.isCompleted() ? Counts.of(e) : null,
        e.outcome(),
        e.outcome() == null ? null : e.outcome().label(),
        e.completedAt(),
        e.version());
  }

  /** The published counts: 满意, 基本满意, 不满意, cast and entitled (present). */
  public record Counts(
      int satisfied, int basicallySatisfied, int dissatisfied, int cast, int eligible) {
    public static Counts of(Evaluation e) {
      return new Counts(
          e.satisfied(),
          e.basicallySatisfied(),
          e.dissatisfied(),
          e.satisfied() + e.basicallySatisfied() + e.dissatisfied(),
          e.presentMembers().size());
    }
  }
}
