package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.Deadlines;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** "Now" and "today" in the platform's zone, and the configured deadlines. */
@ApplicationScoped
public class Today {
  private final Clock clock;
  private final ZoneId zone;
  private final Deadlines deadlines;

  public Today(Clock clock, PlatformZone zone, SuggestionsConfig config) {
    this.clock = clock;
    this.zone = zone.id();
    this.deadlines = config.toDeadlines();
  }

  /**
   * Now, to the microsecond PostgreSQL keeps: a response built from the entity just written shows
   * the same instants as a later read of it.
   */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  public LocalDate date() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /** The zone whose calendar days dates and deadlines count in. */
  public ZoneId zone() {
    return zone;
  }

  public Deadlines deadlines() {
    return deadlines;
  }
}
