package cn.gov.jinshan.congress.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.Poll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ledger writer without Kafka or a database: a store that the test holds and releases. */
class LedgerWriterTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  /** Each call of the store waits here until the test lets it commit. */
  private final BlockingQueue<CountDownLatch> gates = new LinkedBlockingQueue<>();

  private final List<List<String>> appends = new CopyOnWriteArrayList<>();
  private final List<String> acknowledged = new CopyOnWriteArrayList<>();
  private LedgerWriter writer;

  @AfterEach
  void stopWriter() {
    gates.forEach(CountDownLatch::countDown);
    if (writer != null) {
      writer.stop();
    }
  }

  @Test
  void shouldAppendTheBatchesThatWaitedInOneTransactionInOrderAndAcknowledgeThemAfterwards()
      throws Exception {
    start(1000, 5000);
    submit("a", 1);
    CountDownLatch first = awaitAppendStarted();
    submit("b", 2);
    submit("c", 3);
    assertThat(acknowledged).isEmpty();

    first.countDown();
    awaitAppendStarted().countDown();

    assertThat(Poll.until(DEADLINE, () -> acknowledged.size() == 3)).isTrue();
    assertThat(appends).containsExactly(List.of("a0"), List.of("b0", "b1", "c0", "c1", "c2"));
    assertThat(acknowledged).containsExactly("a", "b", "c");
  }

  @Test
  void shouldNotCombineBeyondTheMaximumBatch() throws Exception {
    start(4, 5000);
    submit("a", 1);
    CountDownLatch first = awaitAppendStarted();
    submit("b", 3);
    submit("c", 2);
    first.countDown();
    awaitAppendStarted().countDown();
    awaitAppendStarted().countDown();

    assertThat(Poll.until(DEADLINE, () -> acknowledged.size() == 3)).isTrue();
    assertThat(appends)
        .containsExactly(List.of("a0"), List.of("b0", "b1", "b2"), List.of("c0", "c1"));
  }

  @Test
  void shouldMakeTheConsumerWaitWhileTooManyRecordsArePending() throws Exception {
    start(1000, 3);
    submit("a", 2);
    CountDownLatch first = awaitAppendStarted();
    AtomicBoolean taken = new AtomicBoolean();
    Thread consumer =
        new Thread(
            () -> {
              try {
                taken.set(submit("b", 2));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    consumer.start();
    assertThat(Poll.until(DEADLINE, () -> consumer.getState() == Thread.State.WAITING)).isTrue();
    assertThat(taken).isFalse();

    first.countDown();
    awaitAppendStarted().countDown();
    consumer.join(DEADLINE.toMillis());
    assertThat(taken).isTrue();
    assertThat(Poll.until(DEADLINE, () -> acknowledged.size() == 2)).isTrue();
  }

  @Test
  void shouldNotAcknowledgeWhatFailedNorTakeBatchesAfterStopping() throws Exception {
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    writer =
        new LedgerWriter(
            records -> {
              throw new IllegalStateException("database gone");
            },
            1000,
            5000);
    writer.start();
    writer.submit(records("a", 1), () -> acknowledged.add("a"), failures::add);
    assertThat(Poll.until(DEADLINE, () -> failures.size() == 1)).isTrue();
    assertThat(acknowledged).isEmpty();

    writer.stop();
    assertThat(writer.submit(records("b", 1), () -> acknowledged.add("b"), failures::add))
        .isFalse();
    assertThat(acknowledged).isEmpty();
  }

  private void start(int maxBatch, int maxPending) {
    writer =
        new LedgerWriter(
            records -> {
              CountDownLatch gate = new CountDownLatch(1);
              gates.add(gate);
              try {
                if (!gate.await(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                  throw new IllegalStateException("the test never released this append");
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
              appends.add(records.stream().map(IncomingRecord::key).toList());
            },
            maxBatch,
            maxPending);
    writer.start();
  }

  private boolean submit(String name, int count) throws InterruptedException {
    return writer.submit(records(name, count), () -> acknowledged.add(name), e -> {});
  }

  /** Waits until the writer is inside the store with its next append, and returns its gate. */
  private CountDownLatch awaitAppendStarted() throws InterruptedException {
    CountDownLatch gate = gates.poll(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    assertThat(gate).as("an append started").isNotNull();
    return gate;
  }

  private static List<IncomingRecord> records(String name, int count) {
    List<IncomingRecord> records = new ArrayList<>();
    IntStream.range(0, count)
        .forEach(i -> records.add(new IncomingRecord("t", 0, i, name + i, "{}")));
    return records;
  }
}
