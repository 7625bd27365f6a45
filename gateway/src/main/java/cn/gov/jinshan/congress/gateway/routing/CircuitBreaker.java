package cn.gov.jinshan.congress.gateway.routing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A circuit breaker for one upstream: after {@code threshold} consecutive failures it opens and
 * refuses requests for {@code openFor}; then it lets one trial request through (half-open), which
 * closes it on success or opens it again on failure.
 */
public final class CircuitBreaker {
  private final int threshold;
  private final long openForNanos;
  private final LongSupplier nanoClock;
  private int consecutiveFailures;
  private long openUntil;
  private boolean trialInFlight;

  public CircuitBreaker(int threshold, Duration openFor) {
    this(threshold, openFor, System::nanoTime);
  }

  CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
    this.threshold = threshold;
    this.openForNanos = openFor.toNanos();
    this.nanoClock = nanoClock;
  }

  /**
   * Whether a request may go to the upstream now; in the half-open state only one trial at a time.
   */
  public synchronized boolean tryAcquire() {
    if (consecutiveFailures < threshold) {
      return true;
    }
    if (nanoClock.getAsLong() - openUntil < 0 || trialInFlight) {
      return false;
    }
    trialInFlight = true;
    return true;
  }

  public synchronized void onSuccess() {
    consecutiveFailures = 0;
    trialInFlight = false;
  }

  public synchronized void onFailure() {
    consecutiveFailures++;
    trialInFlight = false;
    if (consecutiveFailures >= threshold) {
      openUntil = nanoClock.getAsLong() + openForNanos;
    }
  }

  /** The attempt ended without saying anything about the upstream (e.g. the client went away). */
  public synchronized void onNeutral() {
    trialInFlight = false;
  }

  public synchronized boolean isOpen() {
    return consecutiveFailures >= threshold;
  }

  /** Seconds until a trial request is allowed (at least 1 while open). */
  public synchronized long retryAfterSeconds() {
    long remaining = openUntil - nanoClock.getAsLong();
    return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
  }
}
