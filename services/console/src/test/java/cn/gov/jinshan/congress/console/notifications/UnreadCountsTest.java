package cn.gov.jinshan.congress.console.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnreadCountsTest {
  private final UnreadCounts counts = new UnreadCounts(Duration.ofHours(1));
  private final AtomicInteger reads = new AtomicInteger();

  private long answer(long unread) {
    reads.incrementAndGet();
    return unread;
  }

  @Test
  void shouldAskOncePerPersonWhileTheCountIsKept() {
    assertThat(counts.of("deputy-a", () -> answer(3))).isEqualTo(3);
    assertThat(counts.of("deputy-a", () -> answer(7))).isEqualTo(3);
    assertThat(counts.of("deputy-b", () -> answer(1))).isEqualTo(1);

    assertThat(reads).hasValue(2);
  }

  @Test
  void shouldAskAgainAfterThePersonMarkedRead() {
    counts.of("deputy-a", () -> answer(3));

    counts.forget("deputy-a");

    assertThat(counts.of("deputy-a", () -> answer(0))).isZero();
    assertThat(reads).hasValue(2);
  }

  @Test
  void shouldNotKeepACountThatCouldNotBeRead() {
    Long failed =
        counts.of(
            "deputy-a",
            () -> {
              throw new IllegalStateException("notifications down");
            });

    assertThat(failed).isNull();
    assertThat(counts.of("deputy-a", () -> answer(4))).isEqualTo(4);
  }

  @Test
  void shouldKeepNothingWithAMaxAgeOfZero() {
    UnreadCounts uncached = new UnreadCounts(Duration.ZERO);

    uncached.of("deputy-a", () -> answer(3));
    assertThat(uncached.of("deputy-a", () -> answer(5))).isEqualTo(5);
    assertThat(reads).hasValue(2);
  }

  @Test
  void shouldNeverShowANegativeCount() {
    assertThat(counts.of("deputy-a", () -> answer(-1))).isZero();
  }
}
