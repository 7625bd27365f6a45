package cn.gov.jinshan.congress.notifications.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * The deadlines the events do not carry, computed by the suggestions service's own rule and
 * configuration: the evaluation window (working days after the reply, weekends and holidays
 * skipped) and the re-handling period after a dissatisfied evaluation.
 */
public record Deadlines(Period rehandling, int evaluationWorkingDays, Set<LocalDate> holidays) {

  public Deadlines {
    holidays = Set.copyOf(holidays);
  }

  /** The last day the lead deputy may evaluate a reply posted on {@code repliedOn}. */
  public LocalDate evaluationDueOn(LocalDate repliedOn) {
    LocalDate date = repliedOn;
    int left = evaluationWorkingDays;
    while (left > 0) {
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        left--;
      }
    }
    return date;
  }

  /** The deadline of a re-handling round that began on {@code evaluatedOn}. */
  public LocalDate rehandlingDueOn(LocalDate evaluatedOn) {
    return evaluatedOn.plus(rehandling);
  }

  public boolean isWorkingDay(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY
        && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(date);
  }
}
