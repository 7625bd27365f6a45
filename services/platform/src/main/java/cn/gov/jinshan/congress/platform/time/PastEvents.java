package cn.gov.jinshan.congress.platform.time;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one rule for dates of things that already happened (a contact, a hearing held, an opinion
 * issued, an evaluation made): they cannot lie in the future. A small tolerance absorbs clocks of
 * client machines that run a little ahead; dates are compared in the platform's zone, so a
 * date-only value is "in the future" only from the next calendar day there.
 */
@ApplicationScoped
public class PastEvents {
  private final Clock clock;
  private final ZoneId zone;
  private final Duration tolerance;

  public PastEvents(
      Clock clock,
      PlatformZone zone,
      @ConfigProperty(name = "platform.time.future-tolerance", defaultValue = "PT5M")
          Duration tolerance) {
    this.clock = clock;
    this.zone = zone.id();
    this.tolerance = tolerance;
  }

  /** The platform's zone ({@link PlatformZone}). */
  public ZoneId zone() {
    return zone;
  }

  /** Today in the platform's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /**
   * Refuses with 422 {@code date.in-future} a date that lies after today (plus the tolerance) in
   * the platform's zone. A null date passes: whether it is required is the caller's rule.
   */
  public void requireNotFuture(String field, LocalDate date) {
    if (date != null && date.isAfter(LocalDate.ofInstant(clock.instant().plus(tolerance), zone))) {
      throw ProblemException.businessRule("date.in-future", field, date);
    }
  }

  /** Refuses with 422 {@code date.in-future} an instant later than now plus the tolerance. */
  public void requireNotFuture(String field, Instant instant) {
    if (instant != null && instant.isAfter(clock.instant().plus(tolerance))) {
      throw ProblemException.businessRule("date.in-future", field, instant);
    }
  }
}
