package cn.gov.jinshan.congress.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: the first delay doubled after every attempt, up to a
 * largest delay, each drawn at random between half and the whole of it (so that the deliveries of
 * an endpoint that was down do not all come back at the same second); none once the delivery's time
 * is up.
 */
public record Backoff(Duration firstDelay, Duration maxDelay) {

  /**
   * @param attempts the attempts made so far (1 after the first)
   * @return the time of the next attempt; empty when it would fall after {@code giveUpAt}
   */
  public Optional<Instant> next(int attempts, Instant now, Instant giveUpAt) {
    Duration delay = delay(attempts);
    long full = delay.toMillis();
    long drawn = full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1);
    Instant at = now.plusMillis(drawn);
    return at.isAfter(giveUpAt) ? Optional.empty() : Optional.of(at);
  }

  /** The delay before jitter after the given number of attempts. */
  public Duration delay(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
