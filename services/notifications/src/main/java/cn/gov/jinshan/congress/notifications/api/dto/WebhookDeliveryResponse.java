package cn.gov.jinshan.congress.notifications.api.dto;

import cn.gov.jinshan.congress.notifications.query.WebhookDeliveryRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One delivery of the log: {@code id} is the {@code webhook-id} the receiver saw on every attempt.
 *
 * @param status PENDING (nextAttemptAt says when), DELIVERED, or FAILED (given up at giveUpAt)
 */
public record WebhookDeliveryResponse(
    UUID id,
    String eventId,
    String eventType,
    String status,
    int attemptCount,
    Instant createdAt,
    Instant deliveredAt,
    Instant nextAttemptAt,
    Instant giveUpAt,
    List<AttemptResponse> attempts) {

  /** One attempt: the receiver's status code, or the error when there was no answer. */
  public record AttemptResponse(
      int attempt, Instant startedAt, int durationMs, Integer statusCode, String error) {}

  public static WebhookDeliveryResponse from(WebhookDeliveryRow d) {
    return new WebhookDeliveryResponse(
        d.id(),
        d.eventId(),
        d.eventType(),
        d.status(),
        d.attempts(),
        d.createdAt(),
        d.deliveredAt(),
        "PENDING".equals(d.status()) ? d.nextAttemptAt() : null,
        d.giveUpAt(),
        d.attemptLog().stream()
            .map(
                a ->
                    new AttemptResponse(
                        a.attempt(), a.startedAt(), a.durationMs(), a.statusCode(), a.error()))
            .toList());
  }
}
