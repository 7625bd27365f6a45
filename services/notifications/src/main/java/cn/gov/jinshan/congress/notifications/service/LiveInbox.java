package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Notification;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Seqs are taken when an entry is inserted, not when it commits: an entry can become visible
 * after one with a higher seq was sent. Each catch-up therefore also looks at the person's entries
 * created in the last {@link #LATE_COMMITS} at or below the last seq sent, and sends those not sent
 * yet (each client remembers what it sent in that window).
 */
@ApplicationScoped
public class LiveInbox {
  private static final Logger LOG = Logger.getLogger(LiveInbox.class);
  private static final int PAGE = 100;

  /** How late a transaction may commit and its entry still reach the clients live. */
  static final Duration LATE_COMMITS = Duration.ofMinutes(1);

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "notifications-live");
            t.setDaemon(true);
            return t;
          });
  private final InboxService inbox;
  private final Clock clock;

  public LiveInbox(InboxService inbox, Clock clock) {
    this.inbox = inbox;
    this.clock = clock;
  }

  /**
   * Connects a client of a person: the entries after {@code lastEventId} first when it is given
   * (otherwise only new ones), and the unread count.
   *
   * @return the connection, to close when the client goes
   */
  public Runnable connect(String recipient, String congressId, Long lastEventId, LiveSink sink) {
    Client client = new Client(recipient, congressId, sink, clock.instant());
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
      Instant now = clock.instant();
      client.forgetSentBefore(now.minus(LATE_COMMITS));
      Instant since = max(now.minus(LATE_COMMITS), client.connectedAt);
      for (Notification late :
          inbox.lateUpTo(client.recipient, client.congressId, client.lastSeq, since, PAGE)) {
        client.send(late);
      }
      List<Notification> page;
      do {
        page = inbox.after(client.recipient, client.congressId, client.lastSeq, PAGE);
        for (Notification entry : page) {
          client.send(entry);
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

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** A connected client; touched only on the worker thread after it is added. */
  private static final class Client {
    final String recipient;
    final String congressId;
    final LiveSink sink;
    final Instant connectedAt;

    /** The entries sent that were created within the late-commit window, by seq. */
    final Map<Long, Instant> recentlySent = new HashMap<>();

    long lastSeq = -1;
    Long lastUnread;

    Client(String recipient, String congressId, LiveSink sink, Instant connectedAt) {
      this.recipient = recipient;
      this.congressId = congressId;
      this.sink = sink;
      this.connectedAt = connectedAt;
    }

    /** Sends an entry unless it was sent already. */
    void send(Notification entry) {
      if (recentlySent.putIfAbsent(entry.seq(), entry.createdAt()) == null) {
        sink.entry(entry);
      }
    }

    void forgetSentBefore(Instant cutoff) {
      recentlySent.values().removeIf(createdAt -> createdAt.isBefore(cutoff));
    }

    boolean of(InboxChanged change) {
      return recipient.equals(change.recipient()) && congressId.equals(change.congressId());
    }
  }
}
