package cn.gov.jinshan.congress.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one time zone of the platform ({@code platform.time.zone}, Asia/Shanghai by default): the
 * zone whose calendar days every service counts in, for "today", deadlines, statistics per day and
 * local times shown to people. Services ask this bean rather than naming a zone themselves, so that
 * all of them agree on where a day begins.
 */
@ApplicationScoped
public class PlatformZone {
  private final ZoneId zone;

  public PlatformZone(
      @ConfigProperty(name = "platform.time.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
    this.zone = zone;
  }

  /** The zone's id. */
  public ZoneId id() {
    return zone;
  }

  /** Today by the given clock, in the platform's zone. */
  public LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), zone);
  }
}
