package cn.gov.jinshan.congress.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The kinds of reminder, each the kind of its announcement, and the day each fires relative to the
 * deadline it speaks of (the check-in reminder fires at the moment the window opens instead).
 */
public enum ReminderKind {
  /** The handling deadline is a week away (to the departments). */
  DEADLINE_IN_7_DAYS(-7),
  /** The handling deadline is tomorrow (to the departments). */
  DEADLINE_IN_1_DAY(-1),
  /** The handling deadline passed yesterday without a reply (departments, copy to staff). */
  DEADLINE_OVERDUE(1),
  /** The lead deputy's evaluation window closes in 3 days. */
  EVALUATION_CLOSING(-3),
  /** A rectification report is due in a week (to the departments that have not reported). */
  RECTIFICATION_DUE_IN_7_DAYS(-7),
  /** A rectification report is due tomorrow (to the departments that have not reported). */
  RECTIFICATION_DUE_IN_1_DAY(-1),
  /**
   * The deputies may check in at the session: fired when the check-in window opens, never after it
   * closed (its due date is the day the window opens).
   */
  CHECK_IN_OPEN(0);

  /** The reminders of a handling round's deadline: the departments' until they reply. */
  public static final Set<ReminderKind> HANDLING =
      Set.of(DEADLINE_IN_7_DAYS, DEADLINE_IN_1_DAY, DEADLINE_OVERDUE);

  /** The reminders of a rectification deadline: the departments' until they report. */
  public static final Set<ReminderKind> RECTIFICATION =
      Set.of(RECTIFICATION_DUE_IN_7_DAYS, RECTIFICATION_DUE_IN_1_DAY);

  private final int daysFromDue;

  ReminderKind(int daysFromDue) {
    this.daysFromDue = daysFromDue;
  }

  /** When a reminder of this kind for {@code dueOn} fires: its day at the local time of day. */
  public Instant fireAt(LocalDate dueOn, LocalTime at, ZoneId zone) {
    return dueOn.plusDays(daysFromDue).atTime(at).atZone(zone).toInstant();
  }

  /**
   * Whether it announces a deadline still ahead: such a reminder is pointless once its deadline has
   * passed (it is then cancelled unsent) or once the moment it speaks of lies behind.
   */
  public boolean aheadOfDeadline() {
    return daysFromDue < 0;
  }
}
