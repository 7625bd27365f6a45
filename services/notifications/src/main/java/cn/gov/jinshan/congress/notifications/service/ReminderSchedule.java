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
import java.util.Set;

/**
 * What the reminders of an item are as its deadlines change: the handling deadline's three (7 days,
 * 1 day before, the day after) and the evaluation window's closing. Each reminder fires on its day
 * at the configured local time in the platform's zone.
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
      schedule(congressId, itemId, kind, dueOn, number, now);
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
    schedule(congressId, itemId, ReminderKind.EVALUATION_CLOSING, dueOn, known(itemId), now);
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
      Instant now) {
    Instant fireAt = kind.fireAt(dueOn, config.fireAt(), zone.id());
    if (kind.aheadOfDeadline() && !fireAt.isAfter(now)) {
      return;
    }
    reminders.schedule(congressId, itemId, kind, dueOn, fireAt, registrationNumber, now);
  }

  private String known(String itemId) {
    return reminders.registrationNumber(itemId).orElse(null);
  }
}
