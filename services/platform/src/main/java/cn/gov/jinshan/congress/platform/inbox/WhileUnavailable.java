package cn.gov.jinshan.congress.platform.inbox;

import cn.gov.jinshan.congress.platform.problem.DependencyFailures;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Applies a consumed event, waiting out a database outage instead of failing the message. Consumers
 * get it by marking their {@code @Incoming} method {@link WaitsOutDatabaseOutage}.
 *
 * <p>A consumer whose handler fails sends the message to its dead-letter topic, where nothing
 * applies it again: during a PostgreSQL restart every event then in flight lost its effect (found
 * by FaultsIT). Wrapped in {@link #call}, a handler that fails because the database is unreachable
 * ({@link DependencyFailures#unavailable}) runs again, in a new transaction, with a growing pause,
 * for up to {@link #BUDGET}; any other failure (a malformed event, a bug) is thrown at once as
 * before. Safe because handlers are idempotent through the {@link Inbox}: an attempt whose commit
 * did succeed although the connection broke is skipped on the next one.
 */
public final class WhileUnavailable {
  /** How long a consumer waits for the database before giving the message up to its DLQ. */
  public static final Duration BUDGET = Duration.ofMinutes(10);

  private static final Logger LOG = Logger.getLogger(WhileUnavailable.class);
  private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

  /** The work of one attempt (typically a call of a @Transactional handler). */
  @FunctionalInterface
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  /** The work of one attempt that answers a value (an intercepted method). */
  @FunctionalInterface
  public interface Call<T, E extends Exception> {
    T call() throws E;
  }

  private WhileUnavailable() {}

  public static <T, E extends Exception> T call(Call<T, E> work) throws E {
    return call(work, BUDGET, FIRST_PAUSE);
  }

  static <E extends Exception> void retry(Work<E> work, Duration budget, Duration firstPause)
      throws E {
    call(
        () -> {
          work.run();
          return null;
        },
        budget,
        firstPause);
  }

  static <T, E extends Exception> T call(Call<T, E> work, Duration budget, Duration firstPause)
      throws E {
    long deadline = System.nanoTime() + budget.toNanos();
    long pause = firstPause.toMillis();
    int attempt = 1;
    while (true) {
      try {
        T result = work.call();
        if (attempt > 1) {
          LOG.infof("the database is back: event applied at attempt %d", attempt);
        }
        return result;
      } catch (RuntimeException e) {
        if (!DependencyFailures.unavailable(e)
            || System.nanoTime() + pause * 1_000_000 > deadline) {
          throw e;
        }
        if (attempt == 1) {
          LOG.warnf("the database is unavailable, retrying the event until it is back: %s", e);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the database", interrupted);
      }
      pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
      attempt++;
    }
  }
}
