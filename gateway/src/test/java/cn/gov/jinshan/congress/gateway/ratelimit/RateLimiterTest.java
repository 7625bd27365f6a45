package cn.gov.jinshan.congress.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong();

  @Test
  void shouldAllowCapacityThenAskToWaitForOneToken() {
    RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1).toNanos(), 100, now::get);

    assertThat(limiter.acquire("alice")).isZero();
    assertThat(limiter.acquire("alice")).isZero();
    assertThat(limiter.acquire("alice")).isZero();

    assertThat(limiter.acquire("alice")).isEqualTo(20);
    assertThat(limiter.acquire("bob")).isZero();
  }

  @Test
  void shouldRefillOverTime() {
    RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10).toNanos(), 100, now::get);
    limiter.acquire("alice");
    limiter.acquire("alice");

    now.addAndGet(Duration.ofSeconds(5).toNanos());

    assertThat(limiter.acquire("alice")).isZero();
    assertThat(limiter.acquire("alice")).isGreaterThan(0);
  }

  @Test
  void shouldForgetRefilledBucketsWhenFull() {
    RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1).toNanos(), 2, now::get);
    limiter.acquire("a");
    limiter.acquire("b");
    now.addAndGet(Duration.ofSeconds(2).toNanos());

    limiter.acquire("c");

    assertThat(limiter.size()).isEqualTo(1);
  }
}
