package cn.gov.jinshan.congress.notifications.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The local hours in which a person gets no e-mail or text message: [from, until), across midnight
 * when {@code until} is earlier than {@code from} (22:00–07:00). A message that falls inside waits
 * for their end; the inbox is never delayed.
 */
public record QuietHours(LocalTime from, LocalTime until) {

  public boolean contains(LocalTime time) {
    if (from.isBefore(until)) {
      return !time.isBefore(from) && time.isBefore(until);
    }
    return !time.isBefore(from) || time.isBefore(until);
  }

  /** When a message due at {@code now} may go out: now, or the end of the quiet hours it is in. */
  public Instant release(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (!contains(time)) {
      return now;
    }
    ZonedDateTime end = local.with(until).withSecond(0).withNano(0);
    if (!end.isAfter(local)) {
      // hours across midnight entered this evening: they end tomorrow morning
      end = end.plusDays(1);
    }
    return end.toInstant();
  }
}
