package cn.gov.jinshan.congress.supervision.api.dto;

import cn.gov.jinshan.congress.supervision.domain.Question;
import java.time.Instant;
import java.util.UUID;

/** A question (问) and its answer, numbered in the order asked. */
public record QuestionResponse(
    UUID id,
    UUID topicId,
    int hearingRound,
    int seq,
    String askedBy,
    String askerName,
    String question,
    Instant askedAt,
    String answer,
    String departmentId,
    Instant answeredAt) {
  public static QuestionResponse from(Question q) {
    return new QuestionResponse(
        q.id(),
        q.topicId(),
        q.hearingRound(),
        q.seq(),
        q.askedBy(),
        q.askerName(),
        q.question(),
        q.askedAt(),
        q.answer(),
        q.departmentId(),
        q.answeredAt());
  }
}
