package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Notification;

/** Where a live-stream client's events go (the SSE connection). */
public interface LiveSink {
  /** A new entry of the person's inbox. */
  void entry(Notification entry);

  /** The person's unread count changed (and once when the client connects). */
  void unreadCount(long unread);
}
