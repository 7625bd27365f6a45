package cn.gov.jinshan.congress.notifications.api.dto;

import cn.gov.jinshan.congress.notifications.domain.Notification;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of the caller's inbox. */
@Schema(name = "Notification")
public record NotificationResponse(
    UUID id,
    @Schema(description = "What happened, e.g. SUGGESTION_ASSIGNED") String kind,
    @Schema(description = "The item it concerns (suggestion, motion, round, topic), if any")
        String itemId,
    @Schema(description = "Chinese title") String title,
    @Schema(description = "Chinese text") String body,
    Instant createdAt,
    boolean read,
    Instant readAt,
    @Schema(description = "The entry's place in the live stream (its SSE id)") long sequence) {

  public static NotificationResponse from(Notification n) {
    return new NotificationResponse(
        n.id(),
        n.kind(),
        n.itemId(),
        n.title(),
        n.body(),
        n.createdAt(),
        !n.unread(),
        n.readAt(),
        n.seq());
  }
}
