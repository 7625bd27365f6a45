package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.SupervisionTopic;
import cn.gov.jinshan.congress.supervision.domain.TopicKind;
import cn.gov.jinshan.congress.supervision.domain.TopicStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the public sees of a topic: the plan entry, the deliberation opinions and the published
 * evaluation results with their counts (lists only on the single-topic view).
 */
public record PublicTopicResponse(
    UUID id,
    String title,
    TopicKind kind,
    String kindLabel,
    String committee,
    LocalDate plannedMeetingDate,
    TopicStatus status,
    String statusLabel,
    List<PublicOpinion> opinions,
    List<PublicResult> results) {

  public static PublicTopicResponse from(
      SupervisionTopic t, List<PublicOpinion> opinions, List<PublicResult> results) {
    return new PublicTopicResponse(
        t.id(),
        t.title(),
        t.kind(),
        t.kind().label(),
        t.committee(),
        t.plannedMeetingDate(),
        t.status(),
        t.status().label(),
        opinions,
        results);
  }

  /** Published opinions. */
  public record PublicOpinion(
      int hearingRound, String text, LocalDate issuedOn, LocalDate rectificationDeadline) {}

  /** A published satisfaction result. */
  public record PublicResult(
      String subject,
      String subjectLabel,
      LocalDate meetingDate,
      EvaluationResponse.Counts counts,
      String outcome,
      String outcomeLabel) {}
}
