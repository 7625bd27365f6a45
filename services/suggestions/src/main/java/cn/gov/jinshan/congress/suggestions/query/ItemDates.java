package cn.gov.jinshan.congress.suggestions.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date filters of the item list, each bound inclusive: the year and the days an item was
 * submitted (in the congress's zone), registered, or got a reply (any round).
 */
public record ItemDates(
    Integer year,
    LocalDate submittedFrom,
    LocalDate submittedTo,
    LocalDate registeredFrom,
    LocalDate registeredTo,
    LocalDate repliedFrom,
    LocalDate repliedTo,
    ZoneId zone) {

  /** The same filters, days counted in {@code zone}. */
  public ItemDates in(ZoneId zone) {
    return new ItemDates(
        year,
        submittedFrom,
        submittedTo,
        registeredFrom,
        registeredTo,
        repliedFrom,
        repliedTo,
        zone);
  }

  /** The first instant of the submission window, or null when it is open at the start. */
  public Instant submittedSince() {
    LocalDate from = later(year == null ? null : LocalDate.of(year, 1, 1), submittedFrom);
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the submission window, or null when it is open at the end. */
  public Instant submittedBefore() {
    LocalDate to = earlier(year == null ? null : LocalDate.of(year, 12, 31), submittedTo);
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }
}
