package cn.gov.jinshan.congress.console.api.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message in the user's inbox: what happened to which item. */
public record Notification(
    UUID id, String kind, String title, String body, UUID itemId, boolean read, Instant createdAt) {

  /** One keyset page of the inbox, newest first. */
  public record Page(List<Notification> items, String nextPageToken) {
    public List<Notification> itemList() {
      return items == null ? List.of() : items;
    }
  }

  /** The answer of {@code GET /api/v1/notifications/unread-count}: {@code {"unread": n}}. */
  public record Unread(long unread) {}
}
