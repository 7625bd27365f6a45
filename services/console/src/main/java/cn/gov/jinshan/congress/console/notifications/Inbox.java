package cn.gov.jinshan.congress.console.notifications;

import cn.gov.jinshan.congress.console.api.NotificationsApi;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The header's unread count ({@code inject:inbox.unread}), read once per page render from {@link
 * UnreadCounts}. The notifications service is not needed for anything else on a page: when it
 * cannot answer (absent, 404, slow, down) the header simply shows no count.
 */
@RequestScoped
@Named("inbox")
public class Inbox {
  private final SecurityIdentity identity;
  private final NotificationsApi notifications;
  private final UnreadCounts counts;
  private Long unread;

  public Inbox(
      SecurityIdentity identity, @RestClient NotificationsApi notifications, UnreadCounts counts) {
    this.identity = identity;
    this.notifications = notifications;
    this.counts = counts;
  }

  /** Unread notifications of the logged-in user; 0 when anonymous or when it cannot be read. */
  public long getUnread() {
    if (unread == null) {
      unread = identity.isAnonymous() ? 0 : read();
    }
    return unread;
  }

  private long read() {
    Long count =
        counts.of(identity.getPrincipal().getName(), () -> notifications.unreadCount().unread());
    return count == null ? 0 : count;
  }
}
