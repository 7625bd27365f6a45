package cn.gov.jinshan.congress.notifications.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.notifications.service.DeputiesNotKnownYet;
import cn.gov.jinshan.congress.notifications.service.DirectoryUnavailable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An event waits while the directory is unavailable; any other failure is not retried. */
class UntilDirectoryAnswersTest {
  private static final Duration PAUSE = Duration.ofMillis(1);

  @Test
  void shouldApplyTheEventOnceTheDirectoryAnswers() {
    AtomicInteger attempts = new AtomicInteger();
    UntilDirectoryAnswers.apply(
        () -> {
          if (attempts.incrementAndGet() < 4) {
            throw new DirectoryUnavailable("Keycloak is down");
          }
        },
        PAUSE,
        PAUSE);
    assertThat(attempts).hasValue(4);
  }

  @Test
  void shouldApplyTheEventOnceTheCopyKnowsTheCongresssDeputies() {
    AtomicInteger attempts = new AtomicInteger();
    UntilDirectoryAnswers.apply(
        () -> {
          if (attempts.incrementAndGet() < 3) {
            throw new DeputiesNotKnownYet("JS-DISTRICT");
          }
        },
        PAUSE,
        PAUSE);
    assertThat(attempts).hasValue(3);
  }

  @Test
  void shouldNotRetryOtherFailures() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                UntilDirectoryAnswers.apply(
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalArgumentException("malformed");
                    },
                    PAUSE,
                    PAUSE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(attempts).hasValue(1);
  }
}
