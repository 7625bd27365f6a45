package cn.gov.jinshan.congress.notifications.api.dto;

import cn.gov.jinshan.congress.notifications.query.WebhookSubscriptionRow;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook subscription. {@code secret} is present only in the answer that created it: the service
 * never shows it again.
 *
 * @param status ACTIVE, or DISABLED after failing too often in a row (then disabledAt and
 *     disabledReason say when and why)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionResponse(
    UUID id,
    String departmentId,
    String url,
    List<String> eventTypes,
    String status,
    int consecutiveFailures,
    Instant createdAt,
    Instant disabledAt,
    String disabledReason,
    String secret) {

  public static WebhookSubscriptionResponse from(WebhookSubscriptionRow s) {
    return withSecret(s, null);
  }

  public static WebhookSubscriptionResponse withSecret(WebhookSubscriptionRow s, String secret) {
    return new WebhookSubscriptionResponse(
        s.id(),
        s.departmentId(),
        s.url(),
        s.eventTypes(),
        s.disabledAt() == null ? "ACTIVE" : "DISABLED",
        s.consecutiveFailures(),
        s.createdAt(),
        s.disabledAt(),
        s.disabledReason(),
        secret);
  }
}
