package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Notification;
import cn.gov.jinshan.congress.notifications.repository.NotificationRepository;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The caller's own inbox: entries addressed to the token's subject in the token's congress, never
 * anyone else's (another person's entry is "not found", not "forbidden": its existence is not
 * told).
 */
@ApplicationScoped
public class InboxService {
  private final NotificationRepository entries;
  private final CurrentUser user;
  private final Event<InboxChanged> changes;
  private final Clock clock;

  public InboxService(
      NotificationRepository entries, CurrentUser user, Event<InboxChanged> changes, Clock clock) {
    this.entries = entries;
    this.user = user;
    this.changes = changes;
    this.clock = clock;
  }

  /** A page of the caller's entries, unread first, newest first (see the repository). */
  @Transactional
  public List<Notification> page(Integer afterUnread, Long afterSeq, int fetch) {
    return entries.page(user.subject(), user.congressId(), afterUnread, afterSeq, fetch);
  }

  @Transactional
  public long unreadCount() {
    return entries.unreadCount(user.subject(), user.congressId());
  }

  /** Marks one of the caller's entries read; 404 when the caller has no such entry. */
  @Transactional
  public Notification markRead(UUID id) {
    Notification entry =
        entries
            .markRead(id, user.subject(), user.congressId(), clock.instant())
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemKind.NOT_FOUND, "notification.not-found", id.toString()));
    changes.fire(new InboxChanged(user.subject(), user.congressId()));
    return entry;
  }

  /** Marks all the caller's entries read; the number that were unread. */
  @Transactional
  public int markAllRead() {
    int marked = entries.markAllRead(user.subject(), user.congressId(), clock.instant());
    if (marked > 0) {
      changes.fire(new InboxChanged(user.subject(), user.congressId()));
    }
    return marked;
  }

  /** A person's entries after a seq, oldest first, for the live stream's replay. */
  @Transactional
  public List<Notification> after(String recipient, String congressId, long seq, int limit) {
    return entries.after(recipient, congressId, seq, limit);
  }

  @Transactional
  public long lastSeq(String recipient, String congressId) {
    return entries.lastSeq(recipient, congressId);
  }

  @Transactional
  public long unreadCount(String recipient, String congressId) {
    return entries.unreadCount(recipient, congressId);
  }
}
