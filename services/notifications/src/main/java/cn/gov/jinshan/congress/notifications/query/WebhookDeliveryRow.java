package cn.gov.jinshan.congress.notifications.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One delivery of the log, with its attempts (oldest first). */
public record WebhookDeliveryRow(
    long seq,
    UUID id,
    UUID subscriptionId,
    String eventId,
    String eventType,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Instant giveUpAt,
    Instant createdAt,
    Instant deliveredAt,
    Integer lastStatusCode,
    List<Attempt> attemptLog) {

  /** One attempt: what the receiver answered (statusCode), or why nothing came (error). */
  public record Attempt(
      int attempt, Instant startedAt, int durationMs, Integer statusCode, String error) {}

  public WebhookDeliveryRow withAttempts(List<Attempt> log) {
    return new WebhookDeliveryRow(
        seq,
        id,
        subscriptionId,
        eventId,
        eventType,
        status,
        attempts,
        nextAttemptAt,
        giveUpAt,
        createdAt,
        deliveredAt,
        lastStatusCode,
        log);
  }
}
