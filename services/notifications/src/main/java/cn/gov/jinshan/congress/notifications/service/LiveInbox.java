package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Notification;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * The live badges: each connected client gets the new entries of its person's inbox and the unread
 * count whenever it changes. A client always catches up from the database (the entries after the
 * last one it got), so a client that resumes with Last-Event-ID gets what it missed, and nothing
 * depends on which instance wrote an entry: a change committed here wakes the clients at once, a
 * periodic catch-up ({@code notifications.live.catch-up}) covers those written by other instances.
 */
@ApplicationScoped
public class LiveInbox {
  private static final Logger LOG = Logger.getLogger(LiveInbox.class);
  private static final int PAGE = 100;

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "notifications-live");
            t.setDaemon(true);
            return t;
          });
  private final InboxService inbox;

  public LiveInbox(InboxService inbox) {
    this.inbox = inbox;
  }

  /**
   * Connects a client of a person: the entries after {@code lastEventId} first when it is given
   * (otherwise only new ones), and the unread count.
   *
   * @return the connection, to close when the client goes
   */
  public Runnable connect(String recipient, String congressId, Long lastEventId, LiveSink sink) {
    Client client = new Client(recipient, congressId, sink);
    clients.add(client);
    worker.execute(
        () -> {
          client.lastSeq = lastEventId != null ? lastEventId : inbox.lastSeq(recipient, congressId);
          catchUp(client);
        });
    return () -> clients.remove(client);
  }

  /** Clients connected now. */
  public int clients() {
    return clients.size();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged change) {
    if (clients.stream().anyMatch(c -> c.of(change))) {
      worker.execute(() -> clients.stream().filter(c -> c.of(change)).forEach(this::catchUp));
    }
  }

  @Scheduled(every = "${notifications.live.catch-up:5s}", delayed = "5s")
  void catchUpAll() {
    if (!clients.isEmpty()) {
      worker.execute(() -> clients.forEach(this::catchUp));
    }
  }

  private void catchUp(Client client) {
    if (!clients.contains(client) || client.lastSeq < 0) {
      return;
    }
    try {
      List<Notification> page;
      do {
        page = inbox.after(client.recipient, client.congressId, client.lastSeq, PAGE);
        for (Notification entry : page) {
          client.sink.entry(entry);
          client.lastSeq = entry.seq();
        }
      } while (page.size() == PAGE);
      long unread = inbox.unreadCount(client.recipient, client.congressId);
      if (!Objects.equals(unread, client.lastUnread)) {
        client.sink.unreadCount(unread);
        client.lastUnread = unread;
      }
    } catch (RuntimeException e) {
      LOG.warnf("live inbox of a client could not catch up: %s", e.toString());
    }
  }

  @PreDestroy
  void close() {
    worker.shutdownNow();
  }

  /** A connected client; touched only on the worker thread after it is added. */
  private static final class Client {
    final String recipient;
    final String congressId;
    final LiveSink sink;
    long lastSeq = -1;
    Long lastUnread;

    Client(String recipient, String congressId, LiveSink sink) {
      this.recipient = recipient;
      this.congressId = congressId;
      this.sink = sink;
    }

    boolean of(InboxChanged change) {
      return recipient.equals(change.recipient()) && congressId.equals(change.congressId());
    }
  }
}
