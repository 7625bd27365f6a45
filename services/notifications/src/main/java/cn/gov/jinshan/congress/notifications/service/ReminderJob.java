package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.RemindersConfig;
import cn.gov.jinshan.congress.notifications.domain.DueReminder;
import cn.gov.jinshan.congress.notifications.domain.ItemCopy;
import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import cn.gov.jinshan.congress.notifications.repository.ItemCopyRepository;
import cn.gov.jinshan.congress.notifications.repository.ReminderRepository;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Fires the reminders whose time has come. Each batch is one transaction that claims its rows
 * ({@code FOR UPDATE SKIP LOCKED}), announces them and marks them fired: a reminder fires once even
 * with several instances running the job at once, and one whose announcement fails (the directory
 * unreachable) stays scheduled and fires on a later run.
 */
@ApplicationScoped
public class ReminderJob {
  private static final Logger LOG = Logger.getLogger(ReminderJob.class);

  private final ReminderRepository reminders;
  private final ItemCopyRepository items;
  private final Notifier notifier;
  private final RemindersConfig config;
  private final PlatformZone zone;
  private final Clock clock;
  // a moment as people read it in a Chinese text (platform time, no ISO letters)
  private final DateTimeFormatter localTime;

  public ReminderJob(
      ReminderRepository reminders,
      ItemCopyRepository items,
      Notifier notifier,
      RemindersConfig config,
      PlatformZone zone,
      Clock clock) {
    this.reminders = reminders;
    this.items = items;
    this.notifier = notifier;
    this.config = config;
    this.zone = zone;
    this.clock = clock;
    this.localTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone.id());
  }

  @Scheduled(
      identity = "notifications-reminders",
      every = "${notifications.reminders.every:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      fireDue();
    } catch (DirectoryUnavailable e) {
      // the batch rolled back: its reminders are still scheduled and fire on a later run
      LOG.warnf("reminders wait for the directory: %s", e.getMessage());
    }
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
      if (reminder.kind().aheadOfDeadline() && today.isAfter(reminder.dueOn())
          || reminder.endedBy(now)) {
        // its deadline passed or its window closed while it waited (the service was down): "due
        // soon" or "check in now" would be wrong
        reminders.markCancelled(reminder.id(), now);
        continue;
      }
      notifier.announce(announcement(reminder));
      reminders.markFired(reminder.id(), now);
      announced.add(reminder);
    }
    return new Batch(due.size(), announced);
  }

  private Announcement announcement(DueReminder reminder) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("dueOn", reminder.dueOn().toString());
    if (reminder.kind() == ReminderKind.EVALUATION_CLOSING) {
      facts.put("closesOn", reminder.dueOn().toString());
    }
    if (ReminderKind.RECTIFICATION.contains(reminder.kind())) {
      facts.put("rectificationDeadline", reminder.dueOn().toString());
    }
    if (reminder.endsAt() != null) {
      facts.put("closesAt", localTime.format(reminder.endsAt()));
    }
    if (reminder.registrationNumber() != null) {
      facts.put("registrationNumber", reminder.registrationNumber());
    }
    List<Party> departments =
        ReminderKind.HANDLING.contains(reminder.kind())
            ? departments(reminder)
            : EventReading.departments(reminder.departmentIds());
    return new Announcement(
        reminder.id().toString(),
        reminder.kind().name(),
        reminder.congressId(),
        reminder.itemId(),
        facts,
        departments);
  }

  /** The departments handling a suggestion now, by its copy. */
  private List<Party> departments(DueReminder reminder) {
    var copy = items.find(reminder.itemId());
    if (copy.isEmpty()) {
      LOG.warnf(
          "%s of %s: the item is unknown here, no department is told",
          reminder.kind(), reminder.itemId());
      return List.of();
    }
    ItemCopy item = copy.get();
    return Stream.concat(
            Stream.ofNullable(item.leadDepartmentId()),
            item.coHandlingDepartmentIds() == null
                ? Stream.empty()
                : item.coHandlingDepartmentIds().stream())
        .filter(id -> !id.isBlank())
        .distinct()
        .map(id -> new Party(Party.Kind.DEPARTMENT, id))
        .toList();
  }

  private record Batch(int claimed, List<DueReminder> announced) {}
}
