package cn.gov.jinshan.congress.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

  @Test
  void shouldDoubleTheDelayUpToTheLargest() {
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(80));
    assertThat(backoff.delay(11)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.delay(1000)).isEqualTo(Duration.ofHours(1));
  }

  @RepeatedTest(20)
  void shouldDrawBetweenHalfAndTheWholeDelay() {
    Instant now = Instant.parse("2026-12-07T00:00:00Z");
    Instant next = backoff.next(3, now, now.plus(Duration.ofDays(1))).orElseThrow();
    assertThat(Duration.between(now, next))
        .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
  }

  @Test
  void shouldGiveUpWhenTheNextAttemptFallsAfterTheDay() {
    Instant now = Instant.parse("2026-12-07T00:00:00Z");
    assertThat(backoff.next(20, now, now.plus(Duration.ofMinutes(10)))).isEmpty();
  }
}
