package cn.gov.jinshan.congress.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  private final AtomicLong now = new AtomicLong();
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

  @Test
  void shouldOpenAfterConsecutiveFailuresOnly() {
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();
    breaker.onFailure();
    assertThat(breaker.tryAcquire()).isTrue();

    breaker.onFailure();

    assertThat(breaker.tryAcquire()).isFalse();
    assertThat(breaker.retryAfterSeconds()).isEqualTo(10);
  }

  @Test
  void shouldLetOneTrialThroughAfterOpenPeriodAndCloseOnSuccess() {
    openBreaker();
    now.addAndGet(Duration.ofSeconds(10).toNanos());

    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.tryAcquire()).isFalse();
    breaker.onSuccess();

    assertThat(breaker.tryAcquire()).isTrue();
    assertThat(breaker.isOpen()).isFalse();
  }

  @Test
  void shouldOpenAgainWhenTrialFails() {
    openBreaker();
    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertThat(breaker.tryAcquire()).isTrue();

    breaker.onFailure();

    assertThat(breaker.tryAcquire()).isFalse();
  }

  private void openBreaker() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
  }
}
