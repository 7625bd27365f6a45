package cn.gov.jinshan.congress.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A scheduled reminder whose time has come, as the job claims it.
 *
 * @param departmentIds the departments the reminder names itself (empty: none)
 * @param endsAt the moment after which it must not fire; null when only its due date limits it
 */
public record DueReminder(
    UUID id,
    String congressId,
    String itemId,
    ReminderKind kind,
    LocalDate dueOn,
    String registrationNumber,
    List<String> departmentIds,
    Instant endsAt) {

  public DueReminder {
    departmentIds = departmentIds == null ? List.of() : List.copyOf(departmentIds);
  }

  /** Whether it would now be wrong to fire it: its window closed while it waited. */
  public boolean endedBy(Instant now) {
    return endsAt != null && !now.isBefore(endsAt);
  }
}
