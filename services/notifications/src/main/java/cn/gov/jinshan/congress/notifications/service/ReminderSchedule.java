package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.RemindersConfig;
import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import cn.gov.jinshan.congress.notifications.repository.ReminderRepository;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the reminders of an item are as its deadlines change: a suggestion's handling deadline's
 * three (7 days, 1 day before, the day after) and its evaluation window's closing; a supervision
 * topic's rectification deadline's two (7 days and 1 day before); a round's check-in window's
 * opening. Each reminder of a deadline fires on its day at the configured local time in the
 * platform's zone; the check-in reminder fires when the window opens.
 */
@ApplicationScoped
public class ReminderSchedule {
  private final ReminderRepository reminders;
  private final RemindersConfig config;
  private final PlatformZone zone;
  private final Clock clock;

  public ReminderSchedule(
      ReminderRepository reminders, RemindersConfig config, PlatformZone zone, Clock clock) {
    this.reminders = reminders;
    this.config = config;
    this.zone = zone;
    this.clock = clock;
  }

  /**
   * The handling deadline is now {@code dueOn}: the reminders of any other handling deadline of the
   * item that have not fired are cancelled, those of this one scheduled.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void handlingDueOn(
      String congressId, String itemId, LocalDate dueOn, String registrationNumber) {
    Instant now = clock.instant();
    reminders.cancel(itemId, ReminderKind.HANDLING, dueOn, now);
    String number = registrationNumber != null ? registrationNumber : known(itemId);
    for (ReminderKind kind : ReminderKind.HANDLING) {
      schedule(congressId, itemId, kind, dueOn, number, List.of(), now);
    }
  }

  /** The departments replied: their deadline's reminders that have not fired are cancelled. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void handlingDone(String itemId) {
    reminders.cancel(itemId, ReminderKind.HANDLING, null, clock.instant());
  }

  /** The lead deputy may evaluate until {@code dueOn}: remind them before it closes. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void evaluationDueOn(String congressId, String itemId, LocalDate dueOn) {
    Instant now = clock.instant();
    Set<ReminderKind> closing = EnumSet.of(ReminderKind.EVALUATION_CLOSING);
    reminders.cancel(itemId, closing, dueOn, now);
    schedule(
        congressId, itemId, ReminderKind.EVALUATION_CLOSING, dueOn, known(itemId), List.of(), now);
  }

  /** The reply was evaluated: nothing is left to remind the deputy of. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void evaluationDone(String itemId) {
    reminders.cancel(itemId, EnumSet.of(ReminderKind.EVALUATION_CLOSING), null, clock.instant());
  }

  /**
   * The item left handling (closed, returned, merged): every reminder not yet fired is cancelled.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void cancelAll(String itemId) {
    reminders.cancel(itemId, EnumSet.allOf(ReminderKind.class), null, clock.instant());
  }

  /**
   * Deliberation opinions ask the departments to report on their rectification by {@code deadline}:
   * remind each of them a week and a day before, until it reports.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void rectificationDueOn(
      String congressId, String topicId, LocalDate deadline, List<String> departmentIds) {
    if (deadline == null || departmentIds.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    for (ReminderKind kind : ReminderKind.RECTIFICATION) {
      schedule(congressId, topicId, kind, deadline, null, departmentIds, now);
    }
  }

  /**
   * A department reported on its rectification for {@code deadline} (null: the event does not say
   * which department, so every department is taken as having reported).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void rectificationReported(String topicId, LocalDate deadline, String departmentId) {
    Instant now = clock.instant();
    if (departmentId == null || deadline == null) {
      reminders.cancel(topicId, ReminderKind.RECTIFICATION, null, now);
    } else {
      reminders.withdrawDepartment(
          topicId, ReminderKind.RECTIFICATION, deadline, departmentId, now);
    }
  }

  /** The topic was closed or cancelled: no rectification is asked of anyone any more. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void topicEnded(String topicId) {
    reminders.cancel(topicId, ReminderKind.RECTIFICATION, null, clock.instant());
  }

  /**
   * The deputies may check in between {@code opensAt} and {@code closesAt}: tell them when it
   * opens, at once when it is open already, not at all when it has closed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void checkInWindow(String congressId, String roundId, Instant opensAt, Instant closesAt) {
    Instant now = clock.instant();
    if (opensAt == null || closesAt == null || !now.isBefore(closesAt)) {
      return;
    }
    Instant fireAt = opensAt.isAfter(now) ? opensAt : now;
    reminders.schedule(
        congressId,
        roundId,
        ReminderKind.CHECK_IN_OPEN,
        dateOf(opensAt),
        fireAt,
        null,
        List.of(),
        closesAt,
        now);
  }

  /** The ballot closed: check-in is over whatever its window said. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void checkInOver(String roundId) {
    reminders.cancel(roundId, EnumSet.of(ReminderKind.CHECK_IN_OPEN), null, clock.instant());
  }

  /** The date of an instant (an event's time) in the platform's zone. */
  public LocalDate dateOf(Instant at) {
    return LocalDate.ofInstant(at, zone.id());
  }

  /**
   * Schedules one reminder. One that speaks of a moment ahead of the deadline is left out when that
   * moment already passed (the deadline became known too late for it): announced now, "due in 7
   * days" would be wrong.
   */
  private void schedule(
      String congressId,
      String itemId,
      ReminderKind kind,
      LocalDate dueOn,
      String registrationNumber,
      List<String> departmentIds,
      Instant now) {
    Instant fireAt = kind.fireAt(dueOn, config.fireAt(), zone.id());
    if (kind.aheadOfDeadline() && !fireAt.isAfter(now)) {
      return;
    }
    reminders.schedule(
        congressId, itemId, kind, dueOn, fireAt, registrationNumber, departmentIds, null, now);
  }

  private String known(String itemId) {
    return reminders.registrationNumber(itemId).orElse(null);
  }
}
