package cn.gov.jinshan.congress.suggestions.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * The configurable time limits of handling (domain.md §2), as plain values the entities use.
 *
 * @param holidays public holidays that are not working days (weekends never are)
 */
public record Deadlines(
    Period handling,
    Period maxHandling,
    Period coHandlerOpinion,
    Period sendBack,
    Period rehandling,
    int evaluationWorkingDays,
    Set<LocalDate> holidays) {

  /** The date {@code days} working days after {@code from}, skipping weekends and holidays. */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    LocalDate date = from;
    int left = days;
    while (left > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  public boolean isWorkingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY
        && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(date);
  }
}
