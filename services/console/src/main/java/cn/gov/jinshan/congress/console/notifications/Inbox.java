package cn.gov.jinshan.congress.console.notifications;

import cn.gov.jinshan.congress.console.api.NotificationsApi;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The header's unread count ({@code inject:inbox.unread}), asked once per page render. The
 * notifications service is not needed for anything else on a page: when it cannot answer (absent,
 * 404, slow, down) the header simply shows no count.
 */
@RequestScoped
@Named("inbox")
public class Inbox {
  private static final Logger LOG = Logger.getLogger(Inbox.class);

  private final SecurityIdentity identity;
  private final NotificationsApi notifications;
  private Long unread;

  public Inbox(SecurityIdentity identity, @RestClient NotificationsApi notifications) {
    this.identity = identity;
    this.notifications = notifications;
  }

  /** Unread notifications of the logged-in user; 0 when anonymous or when it cannot be read. */
  public long getUnread() {
    if (unread == null) {
      unread = identity.isAnonymous() ? 0 : read();
    }
    return unread;
  }

  private long read() {
    try {
      return Math.max(0, notifications.unreadCount().unread());
    } catch (RuntimeException e) {
      LOG.debugf("no unread count: %s", e.toString());
      return 0;
    }
  }
}
