package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.RemindersConfig;
import cn.gov.jinshan.congress.notifications.domain.DueReminder;
import cn.gov.jinshan.congress.notifications.repository.ReminderRepository;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fires the reminders whose time has come. Each batch is one transaction that claims its rows
 * ({@code FOR UPDATE SKIP LOCKED}), announces them and marks them fired: a reminder fires once even
 * with several instances running the job at once, and one whose announcement fails (the directory
 * unreachable) stays scheduled and fires on a later run.
 */
@ApplicationScoped
public class ReminderJob {
  private final ReminderRepository reminders;
  private final Notifier notifier;
  private final RemindersConfig config;
  private final PlatformZone zone;
  private final Clock clock;

  public ReminderJob(
      ReminderRepository reminders,
      Notifier notifier,
      RemindersConfig config,
      PlatformZone zone,
      Clock clock) {
    this.reminders = reminders;
    this.notifier = notifier;
    this.config = config;
    this.zone = zone;
    this.clock = clock;
  }

  @Scheduled(
      identity = "notifications-reminders",
      every = "${notifications.reminders.every:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    fireDue();
  }

  /**
   * Fires every reminder due by now, batch by batch.
   *
   * @return the reminders this run announced (not those it cancelled as outrun)
   */
  public List<DueReminder> fireDue() {
    List<DueReminder> announced = new ArrayList<>();
    Batch batch;
    do {
      batch = QuarkusTransaction.requiringNew().call(this::fireBatch);
      announced.addAll(batch.announced());
    } while (batch.claimed() == config.batchSize());
    return announced;
  }

  private Batch fireBatch() {
    Instant now = clock.instant();
    LocalDate today = zone.today(clock);
    List<DueReminder> due = reminders.claimDue(now, config.batchSize());
    List<DueReminder> announced = new ArrayList<>(due.size());
    for (DueReminder reminder : due) {
      if (reminder.kind().aheadOfDeadline() && today.isAfter(reminder.dueOn())) {
        // its deadline passed while it waited (the service was down): "due soon" would be wrong
        reminders.markCancelled(reminder.id(), now);
        continue;
      }
      notifier.announce(announcement(reminder));
      reminders.markFired(reminder.id(), now);
      announced.add(reminder);
    }
    return new Batch(due.size(), announced);
  }

  private static Announcement announcement(DueReminder reminder) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("dueOn", reminder.dueOn().toString());
    if (reminder.registrationNumber() != null) {
      facts.put("registrationNumber", reminder.registrationNumber());
    }
    return new Announcement(
        reminder.id().toString(),
        reminder.kind().name(),
        reminder.congressId(),
        reminder.itemId(),
        facts,
        List.of());
  }

  private record Batch(int claimed, List<DueReminder> announced) {}
}
