package cn.gov.jinshan.congress.notifications.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A department's webhook subscription as stored, without its secret. */
public record WebhookSubscriptionRow(
    UUID id,
    String congressId,
    String departmentId,
    String url,
    List<String> eventTypes,
    Instant createdAt,
    int consecutiveFailures,
    Instant disabledAt,
    String disabledReason) {}
