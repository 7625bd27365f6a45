package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Fans new ledger entries out to live-stream clients (Server-Sent Events). Publishing hands the
 * entries to one fan-out thread and returns: a slow client is dropped when its buffer is full, it
 * never slows ingestion. A client resuming with Last-Event-ID first gets the entries it missed from
 * the database (at most one buffer's worth waits for it), then the live ones.
 */
@ApplicationScoped
public class LiveStream {
  private static final Logger LOG = Logger.getLogger(LiveStream.class);
  private static final int REPLAY_PAGE = 200;

  private final Set<StreamSubscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final ExecutorService fanout =
      Executors.newSingleThreadExecutor(r -> daemon(r, "audit-stream-fanout"));
  private final ExecutorService replays =
      Executors.newCachedThreadPool(r -> daemon(r, "audit-stream-replay"));
  private final AuditQueryService queries;
  private final ChainReader chain;
  private final AuditConfig config;
  private final Counter dropped;

  public LiveStream(
      AuditQueryService queries, ChainReader chain, AuditConfig config, MeterRegistry registry) {
    this.queries = queries;
    this.chain = chain;
    this.config = config;
    this.dropped = registry.counter("audit.stream.dropped");
    Gauge.builder("audit.stream.clients", subscribers, Set::size).register(registry);
  }

  /** Hands newly appended entries to the clients; returns at once. */
  public void publish(List<AppendedEntry> entries) {
    if (entries.isEmpty() || subscribers.isEmpty()) {
      return;
    }
    fanout.execute(
        () -> {
          for (StreamSubscriber subscriber : subscribers) {
            for (AppendedEntry entry : entries) {
              subscriber.offerLive(entry);
            }
          }
        });
  }

  /**
   * Subscribes a client; entries after {@code lastEventId} (when given) are replayed first.
   *
   * @return the subscriber, to drain on demand and drop when the connection closes
   */
  public StreamSubscriber subscribe(EntryFilter filter, Long lastEventId, StreamSink sink) {
    long after = lastEventId == null ? 0 : lastEventId;
    StreamSubscriber subscriber =
        new StreamSubscriber(filter, sink, config.stream().bufferSize(), after);
    subscriber.onDrop(
        () -> {
          if (subscribers.remove(subscriber)) {
            dropped.increment();
          }
        });
    subscribers.add(subscriber);
    if (lastEventId == null) {
      subscriber.goLive();
    } else {
      replays.execute(() -> replay(subscriber, after));
    }
    return subscriber;
  }

  /** Clients connected now. */
  public int clients() {
    return subscribers.size();
  }

  private void replay(StreamSubscriber subscriber, long after) {
    try {
      long head = chain.head().seq();
      long cursor = after;
      while (cursor < head && !subscriber.isDropped()) {
        List<AppendedEntry> page = queries.after(subscriber.filter(), cursor, head, REPLAY_PAGE);
        if (page.isEmpty()) {
          break;
        }
        for (AppendedEntry entry : page) {
          if (!subscriber.offerReplay(entry, config.stream().replayWait())) {
            return;
          }
        }
        cursor = page.get(page.size() - 1).content().seq();
      }
      subscriber.goLive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      subscriber.drop();
    } catch (RuntimeException e) {
      LOG.warnf("replay for a live-stream client failed: %s", e.toString());
      subscriber.drop();
    }
  }

  @PreDestroy
  void close() {
    subscribers.forEach(StreamSubscriber::drop);
    fanout.shutdownNow();
    replays.shutdownNow();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
