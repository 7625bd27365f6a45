package cn.gov.jinshan.congress.audit.service;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One live-stream client: a bounded buffer between the ledger and its connection. Live entries
 * never wait: when the buffer is full the client is dropped. While the entries missed since
 * Last-Event-ID are replayed, live entries are held (bounded too) and follow the replay without
 * repeats.
 */
public final class StreamSubscriber {
  private final EntryFilter filter;
  private final StreamSink sink;
  private final int capacity;
  private final ArrayDeque<AppendedEntry> buffer = new ArrayDeque<>();
  private final List<AppendedEntry> heldDuringReplay = new ArrayList<>();
  private boolean replaying;
  private boolean draining;
  private boolean dropped;
  private long lastQueued;
  private Runnable onDrop = () -> {};

  StreamSubscriber(EntryFilter filter, StreamSink sink, int capacity, long lastEventId) {
    this.filter = filter;
    this.sink = sink;
    this.capacity = capacity;
    this.lastQueued = lastEventId;
    this.replaying = true;
  }

  EntryFilter filter() {
    return filter;
  }

  synchronized void onDrop(Runnable action) {
    this.onDrop = action;
  }

  public synchronized boolean isDropped() {
    return dropped;
  }

  /** A newly appended entry. */
  synchronized void offerLive(AppendedEntry entry) {
    if (dropped || !filter.matches(entry.content())) {
      return;
    }
    if (replaying) {
      if (heldDuringReplay.size() >= capacity) {
        drop();
      } else {
        heldDuringReplay.add(entry);
      }
      return;
    }
    enqueue(entry);
  }

  /**
   * A replayed entry; waits up to {@code wait} for room in the buffer.
   *
   * @return false when the client was dropped
   */
  synchronized boolean offerReplay(AppendedEntry entry, Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (!dropped && buffer.size() >= capacity) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        drop();
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    if (dropped) {
      return false;
    }
    enqueue(entry);
    return !dropped;
  }

  /** The replay is over: the held live entries follow, then entries flow directly. */
  synchronized void goLive() {
    replaying = false;
    for (AppendedEntry entry : heldDuringReplay) {
      if (dropped) {
        break;
      }
      enqueue(entry);
    }
    heldDuringReplay.clear();
  }

  /** Sends what the client has asked for. */
  public synchronized void drain() {
    if (draining || dropped) {
      return;
    }
    draining = true;
    try {
      while (!buffer.isEmpty() && sink.requested() > 0) {
        sink.send(buffer.poll());
      }
    } finally {
      draining = false;
    }
    notifyAll();
  }

  /** Ends the client (also when the client went away). */
  public synchronized void drop() {
    if (dropped) {
      return;
    }
    dropped = true;
    buffer.clear();
    heldDuringReplay.clear();
    notifyAll();
    onDrop.run();
    sink.close();
  }

  synchronized int buffered() {
    return buffer.size();
  }

  private void enqueue(AppendedEntry entry) {
    if (entry.content().seq() <= lastQueued) {
      return;
    }
    if (buffer.size() >= capacity) {
      drop();
      return;
    }
    buffer.add(entry);
    lastQueued = entry.content().seq();
    drain();
  }
}
