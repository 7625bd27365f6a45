package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.notifications.service.DirectoryUnavailable;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Applies an event again and again while the directory (Keycloak) cannot say who its people are,
 * with a growing pause: the event waits, in order, rather than going to the dead-letter topic with
 * nobody told. Each attempt is a new transaction, so a failed one leaves nothing behind.
 */
final class UntilDirectoryAnswers {
  private static final Logger LOG = Logger.getLogger(UntilDirectoryAnswers.class);
  static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  static final Duration MAX_PAUSE = Duration.ofSeconds(30);

  /** One attempt at applying the event. */
  @FunctionalInterface
  interface Attempt<E extends Exception> {
    void run() throws E;
  }

  private UntilDirectoryAnswers() {}

  static <E extends Exception> void apply(Attempt<E> attempt) throws E {
    apply(attempt, FIRST_PAUSE, MAX_PAUSE);
  }

  static <E extends Exception> void apply(Attempt<E> attempt, Duration first, Duration max)
      throws E {
    long pause = first.toMillis();
    for (int tries = 1; ; tries++) {
      try {
        attempt.run();
        if (tries > 1) {
          LOG.infof("the directory answers again: event applied at attempt %d", tries);
        }
        return;
      } catch (DirectoryUnavailable e) {
        if (tries == 1) {
          LOG.warnf("the directory is unavailable, the event waits until it answers: %s", e);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the directory", e);
      }
      pause = Math.min(pause * 2, max.toMillis());
    }
  }
}
