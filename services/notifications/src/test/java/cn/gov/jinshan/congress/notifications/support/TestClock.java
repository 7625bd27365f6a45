package cn.gov.jinshan.congress.notifications.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system clock shifted by an offset that a test moves forward
 * (quiet hours, digests, retries) and resets afterwards. Replaces the platform's default clock
 * bean.
 */
@Singleton
public class TestClock extends Clock {
  private volatile Duration offset = Duration.ZERO;

  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  /** Moves the clock to {@code instant} (and on from there with the system clock). */
  public void set(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
