package cn.gov.jinshan.congress.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.audit.domain.EntryContent;
import cn.gov.jinshan.congress.audit.domain.EntryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded per-client buffer: a slow client is dropped, a resumed one sees no repeats. */
class StreamSubscriberTest {
  private static final EntryFilter CONGRESS = EntryFilter.congress("C1");

  @Test
  void shouldDropAClientThatDoesNotKeepUpInsteadOfWaiting() {
    FakeSink slow = new FakeSink(0);
    StreamSubscriber subscriber = new StreamSubscriber(CONGRESS, slow, 3, 0);
    subscriber.goLive();
    for (int seq = 1; seq <= 3; seq++) {
      subscriber.offerLive(entry(seq, "C1"));
    }
    assertThat(subscriber.isDropped()).isFalse();
    assertThat(subscriber.buffered()).isEqualTo(3);

    long started = System.nanoTime();
    subscriber.offerLive(entry(4, "C1"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    assertThat(subscriber.isDropped()).isTrue();
    assertThat(slow.closed).isTrue();
  }

  @Test
  void shouldSendWhatTheClientAsksForAndKeepTheRestInOrder() {
    FakeSink sink = new FakeSink(2);
    StreamSubscriber subscriber = new StreamSubscriber(CONGRESS, sink, 10, 0);
    subscriber.goLive();
    for (int seq = 1; seq <= 5; seq++) {
      subscriber.offerLive(entry(seq, "C1"));
    }
    subscriber.offerLive(entry(6, "OTHER"));
    assertThat(sink.seqs()).containsExactly(1L, 2L);
    sink.demand = 10;
    subscriber.drain();
    assertThat(sink.seqs()).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void shouldFollowAReplayWithTheLiveEntriesHeldMeanwhileWithoutRepeats() throws Exception {
    FakeSink sink = new FakeSink(100);
    StreamSubscriber subscriber = new StreamSubscriber(CONGRESS, sink, 10, 2);
    subscriber.offerLive(entry(4, "C1")); // arrives while replaying
    subscriber.offerLive(entry(5, "C1"));
    subscriber.offerReplay(entry(3, "C1"), Duration.ofSeconds(1));
    subscriber.offerReplay(entry(4, "C1"), Duration.ofSeconds(1));
    subscriber.goLive();
    subscriber.offerLive(entry(6, "C1"));
    assertThat(sink.seqs()).containsExactly(3L, 4L, 5L, 6L);
  }

  @Test
  void shouldDropAReplayingClientThatDoesNotReadWithinTheWait() throws Exception {
    FakeSink stalled = new FakeSink(0);
    StreamSubscriber subscriber = new StreamSubscriber(CONGRESS, stalled, 1, 0);
    assertThat(subscriber.offerReplay(entry(1, "C1"), Duration.ofMillis(10))).isTrue();
    assertThat(subscriber.offerReplay(entry(2, "C1"), Duration.ofMillis(50))).isFalse();
    assertThat(subscriber.isDropped()).isTrue();
  }

  static AppendedEntry entry(long seq, String congress) {
    return new AppendedEntry(
        new EntryContent(
            seq,
            "e" + seq,
            congress,
            "t",
            "s",
            "subj",
            "a",
            Instant.EPOCH,
            "congress.x.v1",
            0,
            seq,
            Instant.EPOCH,
            EntryStatus.EVENT,
            "{}"),
        "h" + seq,
        null);
  }

  static final class FakeSink implements StreamSink {
    final List<AppendedEntry> sent = new ArrayList<>();
    long demand;
    boolean closed;

    FakeSink(long demand) {
      this.demand = demand;
    }

    @Override
    public long requested() {
      return demand;
    }

    @Override
    public void send(AppendedEntry entry) {
      demand--;
      sent.add(entry);
    }

    @Override
    public void close() {
      closed = true;
    }

    List<Long> seqs() {
      return sent.stream().map(e -> e.content().seq()).toList();
    }
  }
}
