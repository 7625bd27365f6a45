package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.DEADLINE_IN_1_DAY;
import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.DEADLINE_IN_7_DAYS;
import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.DEADLINE_OVERDUE;
import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.EVALUATION_CLOSING;
import static cn.gov.jinshan.congress.notifications.support.ReminderRows.key;
import static cn.gov.jinshan.congress.testing.TestEvents.envelope;
import static cn.gov.jinshan.congress.testing.TestEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.suggestions.ExtensionDecided;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionAssigned;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionClosed;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionEvaluated;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionReplied;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.notifications.config.DeadlinesConfig;
import cn.gov.jinshan.congress.notifications.config.RemindersConfig;
import cn.gov.jinshan.congress.notifications.domain.DueReminder;
import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.RealmUsers;
import cn.gov.jinshan.congress.notifications.support.ReminderRows;
import cn.gov.jinshan.congress.notifications.support.TestClock;
import cn.gov.jinshan.congress.platform.inbox.EventTypeFilter;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders learned from events on the real broker and fired by the job under a controlled clock,
 * against the real database: once each, never for what moved on, once across concurrent runs.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RemindersTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Inject ReminderJob job;
  @Inject TestClock clock;
  @Inject EntityManager entityManager;
  @Inject PlatformZone zone;
  @Inject RemindersConfig config;
  @Inject DeadlinesConfig deadlines;
  @Inject InboxRows rows;
  @Inject ReminderRows reminders;

  private final String congress = "test-" + UUID.randomUUID();
  private final List<String> items = new ArrayList<>();

  @AfterEach
  void resetClockAndRetireReminders() {
    clock.reset();
    reminders.retire(items);
  }

  @Test
  void shouldFireTheSevenDayOneDayAndOverdueRemindersOnceEach() {
    String item = item();
    LocalDate due = today().plusDays(30);
    EventEnvelope assigned = assigned(item, due);
    publish(Topics.SUGGESTIONS, item, assigned);
    awaitStates(
        item,
        Map.of(
            key(DEADLINE_IN_7_DAYS, due),
            "SCHEDULED",
            key(DEADLINE_IN_1_DAY, due),
            "SCHEDULED",
            key(DEADLINE_OVERDUE, due),
            "SCHEDULED"));

    clock.setTo(fireAt(DEADLINE_IN_7_DAYS, due).minusSeconds(60));
    assertThat(firedFor(item)).isEmpty();
    clock.setTo(fireAt(DEADLINE_IN_7_DAYS, due));
    assertThat(firedFor(item)).containsExactly(DEADLINE_IN_7_DAYS);
    assertThat(firedFor(item)).isEmpty();

    // the assignment delivered again changes nothing: the fired reminder is not scheduled anew
    publish(Topics.SUGGESTIONS, item, assigned);
    awaitApplied(item, marker(item, due));
    assertThat(states(item))
        .isEqualTo(
            Map.of(
                key(DEADLINE_IN_7_DAYS, due), "FIRED",
                key(DEADLINE_IN_1_DAY, due), "SCHEDULED",
                key(DEADLINE_OVERDUE, due), "SCHEDULED"));
    assertThat(firedFor(item)).isEmpty();

    clock.setTo(fireAt(DEADLINE_IN_1_DAY, due));
    assertThat(firedFor(item)).containsExactly(DEADLINE_IN_1_DAY);
    assertThat(firedFor(item)).isEmpty();
    clock.setTo(fireAt(DEADLINE_OVERDUE, due).plus(Duration.ofHours(3)));
    assertThat(firedFor(item)).containsExactly(DEADLINE_OVERDUE);
    assertThat(firedFor(item)).isEmpty();
    assertThat(states(item).values()).containsOnly("FIRED");
  }

  @Test
  void shouldTellTheDepartmentsAndOnOverdueTheStaffInTheirInboxesOnce() {
    String item = item();
    LocalDate due = today().plusDays(30);
    EventEnvelope assigned =
        envelope(
            EventTypes.typeOf(SuggestionAssigned.class),
            item,
            RealmUsers.CONGRESS,
            EventJson.mapper()
                .valueToTree(
                    new SuggestionAssigned(
                        item,
                        RealmUsers.CONGRESS,
                        "17-3-0099",
                        "EDU",
                        List.of("HEALTH"),
                        due,
                        Instant.now())));
    publish(Topics.SUGGESTIONS, item, assigned);
    awaitState(item, key(DEADLINE_OVERDUE, due), "SCHEDULED");
    // the core's copy of the item names its departments
    assertThat(Poll.until(DEADLINE, () -> copied(item))).isTrue();

    clock.setTo(fireAt(DEADLINE_IN_7_DAYS, due));
    assertThat(firedFor(item)).containsExactly(DEADLINE_IN_7_DAYS);
    String sevenDays = reminders.id(item, DEADLINE_IN_7_DAYS);
    Set<String> departments = Set.of(RealmUsers.id("dept-edu"), RealmUsers.id("dept-health"));
    assertThat(rows.recipients(sevenDays)).isEqualTo(departments);
    assertThat(rows.text(sevenDays, RealmUsers.id("dept-edu")).get(1)).contains(due.toString());

    // past the deadline: the 1-day reminder is outrun (cancelled unsent), the overdue one fires
    clock.setTo(fireAt(DEADLINE_OVERDUE, due));
    assertThat(firedFor(item)).containsExactly(DEADLINE_OVERDUE);
    assertThat(firedFor(item)).isEmpty();
    String overdue = reminders.id(item, DEADLINE_OVERDUE);
    Set<String> told = new HashSet<>(departments);
    told.add(RealmUsers.id("staff1"));
    assertThat(rows.recipients(overdue)).isEqualTo(told);
    assertThat(rows.count(overdue)).isEqualTo(told.size());
    assertThat(rows.count(sevenDays)).isEqualTo(departments.size());
  }

  @Test
  void shouldNotRemindTheDepartmentsOfAnItemRepliedBefore() {
    String item = item();
    LocalDate due = today().plusDays(30);
    publish(Topics.SUGGESTIONS, item, assigned(item, due));
    Instant repliedAt = Instant.now();
    publish(Topics.SUGGESTIONS, item, replied(item, repliedAt));
    LocalDate evaluationDue = deadlines.toDeadlines().evaluationDueOn(today());
    awaitStates(
        item,
        Map.of(
            key(DEADLINE_IN_7_DAYS, due), "CANCELLED",
            key(DEADLINE_IN_1_DAY, due), "CANCELLED",
            key(DEADLINE_OVERDUE, due), "CANCELLED",
            key(EVALUATION_CLOSING, evaluationDue), "SCHEDULED"));

    for (ReminderKind kind : ReminderKind.HANDLING) {
      clock.setTo(fireAt(kind, due).plusSeconds(60));
      assertThat(firedFor(item)).doesNotContainAnyElementsOf(ReminderKind.HANDLING);
    }
  }

  @Test
  void shouldRemindTheLeadDeputyThreeDaysBeforeTheEvaluationWindowCloses() {
    String item = item();
    publish(Topics.SUGGESTIONS, item, assigned(item, today().plusDays(30)));
    publish(Topics.SUGGESTIONS, item, replied(item, Instant.now()));
    LocalDate evaluationDue = deadlines.toDeadlines().evaluationDueOn(today());
    awaitState(item, key(EVALUATION_CLOSING, evaluationDue), "SCHEDULED");

    clock.setTo(evaluationDue.minusDays(4).atTime(23, 59).atZone(zone.id()).toInstant());
    assertThat(firedFor(item)).isEmpty();
    clock.setTo(fireAt(EVALUATION_CLOSING, evaluationDue));
    assertThat(firedFor(item)).containsExactly(EVALUATION_CLOSING);
    assertThat(firedFor(item)).isEmpty();
  }

  @Test
  void shouldRescheduleOnAnApprovedExtensionAndOnRehandling() {
    String item = item();
    LocalDate due = today().plusDays(30);
    LocalDate extended = due.plusDays(30);
    publish(Topics.SUGGESTIONS, item, assigned(item, due));
    publish(Topics.SUGGESTIONS, item, extensionDecided(item, true, extended));
    awaitStates(
        item,
        Map.of(
            key(DEADLINE_IN_7_DAYS, due), "CANCELLED",
            key(DEADLINE_IN_1_DAY, due), "CANCELLED",
            key(DEADLINE_OVERDUE, due), "CANCELLED",
            key(DEADLINE_IN_7_DAYS, extended), "SCHEDULED",
            key(DEADLINE_IN_1_DAY, extended), "SCHEDULED",
            key(DEADLINE_OVERDUE, extended), "SCHEDULED"));
    // a rejected request leaves the deadline in force (the event repeats it)
    awaitApplied(item, extensionDecided(item, false, extended));
    assertThat(scheduled(item))
        .containsOnlyKeys(
            key(DEADLINE_IN_7_DAYS, extended),
            key(DEADLINE_IN_1_DAY, extended),
            key(DEADLINE_OVERDUE, extended));

    clock.setTo(fireAt(DEADLINE_IN_7_DAYS, due).plusSeconds(60));
    assertThat(firedFor(item)).isEmpty();
    clock.reset();

    // replied, then the lead deputy dissatisfied: a re-handling round with a deadline a month on
    publish(Topics.SUGGESTIONS, item, replied(item, Instant.now()));
    Instant evaluatedAt = Instant.now();
    LocalDate rehandlingDue = deadlines.toDeadlines().rehandlingDueOn(today());
    publish(Topics.SUGGESTIONS, item, evaluated(item, "DISSATISFIED", "REHANDLING", evaluatedAt));
    awaitState(item, key(DEADLINE_OVERDUE, rehandlingDue), "SCHEDULED");
    Map<String, String> states = states(item);
    assertThat(scheduled(item))
        .containsOnlyKeys(
            key(DEADLINE_IN_7_DAYS, rehandlingDue),
            key(DEADLINE_IN_1_DAY, rehandlingDue),
            key(DEADLINE_OVERDUE, rehandlingDue));
    assertThat(states.entrySet().stream().filter(e -> e.getKey().startsWith("EVALUATION_CLOSING")))
        .allMatch(e -> e.getValue().equals("CANCELLED"));

    clock.setTo(fireAt(DEADLINE_IN_7_DAYS, rehandlingDue));
    List<DueReminder> fired = job.fireDue().stream().filter(r -> r.itemId().equals(item)).toList();
    assertThat(fired).extracting(DueReminder::kind).containsExactly(DEADLINE_IN_7_DAYS);
    assertThat(fired).extracting(DueReminder::dueOn).containsExactly(rehandlingDue);
  }

  @Test
  void shouldCancelEveryReminderWhenTheItemIsClosed() {
    String item = item();
    LocalDate due = today().plusDays(30);
    publish(Topics.SUGGESTIONS, item, assigned(item, due));
    awaitState(item, key(DEADLINE_OVERDUE, due), "SCHEDULED");
    publish(Topics.SUGGESTIONS, item, closed(item));
    awaitStates(
        item,
        Map.of(
            key(DEADLINE_IN_7_DAYS, due), "CANCELLED",
            key(DEADLINE_IN_1_DAY, due), "CANCELLED",
            key(DEADLINE_OVERDUE, due), "CANCELLED"));
    for (ReminderKind kind : ReminderKind.HANDLING) {
      clock.setTo(fireAt(kind, due).plusSeconds(60));
      assertThat(firedFor(item)).isEmpty();
    }
  }

  @Test
  void shouldCancelTheDeadlineWhenTheLeadDepartmentSendsTheItemBackNotWhenACoHandlerDoes() {
    String item = item();
    LocalDate due = today().plusDays(30);
    publish(Topics.SUGGESTIONS, item, assigned(item, due));
    awaitState(item, key(DEADLINE_OVERDUE, due), "SCHEDULED");
    awaitApplied(item, sentBack(item, "MZJ", "CO_HANDLER"));
    assertThat(scheduled(item)).hasSize(3);

    awaitApplied(item, sentBack(item, "JYJ", "LEAD"));
    assertThat(scheduled(item)).isEmpty();
    // staff reassign: the new assignment's deadline is reminded of
    LocalDate reassignedDue = due.plusDays(3);
    publish(Topics.SUGGESTIONS, item, assigned(item, reassignedDue));
    awaitState(item, key(DEADLINE_OVERDUE, reassignedDue), "SCHEDULED");
    assertThat(scheduled(item)).hasSize(3);
  }

  @Test
  void shouldFireEachReminderOnceWhenTwoJobsRunAtOnce() throws Exception {
    LocalDate due = today().plusDays(30);
    List<String> many = IntStream.range(0, 15).mapToObj(i -> item()).toList();
    for (String item : many) {
      publish(Topics.SUGGESTIONS, item, assigned(item, due));
    }
    for (String item : many) {
      awaitState(item, key(DEADLINE_OVERDUE, due), "SCHEDULED");
    }
    // the 7-day and 1-day reminders of every item are due: 30, several batches each way
    clock.setTo(fireAt(DEADLINE_IN_1_DAY, due));
    CountDownLatch start = new CountDownLatch(1);
    Callable<List<DueReminder>> run =
        () -> {
          start.await();
          return job.fireDue();
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<DueReminder>> first = pool.submit(run);
      Future<List<DueReminder>> second = pool.submit(run);
      start.countDown();
      List<DueReminder> all = new ArrayList<>(first.get());
      all.addAll(second.get());
      List<String> ours =
          all.stream()
              .filter(r -> many.contains(r.itemId()))
              .map(r -> r.itemId() + "/" + r.kind())
              .toList();
      assertThat(ours).hasSize(2 * many.size()).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    for (String item : many) {
      assertThat(states(item))
          .containsEntry(key(DEADLINE_IN_7_DAYS, due), "FIRED")
          .containsEntry(key(DEADLINE_IN_1_DAY, due), "FIRED")
          .containsEntry(key(DEADLINE_OVERDUE, due), "SCHEDULED");
    }
  }

  @Test
  void shouldListExactlyTheTypesItApplies() {
    String configured =
        ConfigProvider.getConfig()
            .getValue(
                "mp.messaging.incoming.reminder-sources." + EventTypeFilter.TYPES_CONFIG,
                String.class);
    assertThat(EventTypeFilter.parse(configured)).isEqualTo(ReminderEvents.TYPES);
  }

  // --- events -------------------------------------------------------------------------------

  private EventEnvelope assigned(String item, LocalDate due) {
    return event(
        SuggestionAssigned.class,
        item,
        new SuggestionAssigned(
            item,
            congress,
            "6-3-" + item.substring(0, 4),
            "JYJ",
            List.of("MZJ"),
            due,
            Instant.now()));
  }

  private EventEnvelope replied(String item, Instant at) {
    return event(
        SuggestionReplied.class,
        item,
        new SuggestionReplied(
            item,
            congress,
            UUID.randomUUID().toString(),
            "JYJ",
            0,
            "A",
            true,
            null,
            true,
            List.of(),
            at));
  }

  private EventEnvelope evaluated(String item, String result, String next, Instant at) {
    return event(
        SuggestionEvaluated.class,
        item,
        new SuggestionEvaluated(item, congress, UUID.randomUUID().toString(), 0, result, next, at));
  }

  private EventEnvelope extensionDecided(String item, boolean approved, LocalDate due) {
    return event(
        ExtensionDecided.class,
        item,
        new ExtensionDecided(
            item,
            congress,
            null,
            UUID.randomUUID().toString(),
            "JYJ",
            approved,
            due,
            Instant.now()));
  }

  private EventEnvelope sentBack(String item, String department, String role) {
    return event(
        SuggestionSentBack.class,
        item,
        new SuggestionSentBack(item, congress, department, role, "不属于本单位职责", Instant.now()));
  }

  private EventEnvelope closed(String item) {
    return event(
        SuggestionClosed.class,
        item,
        new SuggestionClosed(item, congress, null, "A", "SATISFIED", Instant.now()));
  }

  /** An event with no effect on the item's reminders: once applied, what came before was read. */
  private EventEnvelope marker(String item, LocalDate due) {
    return extensionDecided(item, false, due);
  }

  private EventEnvelope event(Class<?> type, String item, Object data) {
    return envelope(EventTypes.typeOf(type), item, congress, EventJson.mapper().valueToTree(data));
  }

  // --- the job and the table ----------------------------------------------------------------

  private List<ReminderKind> firedFor(String item) {
    return job.fireDue().stream()
        .filter(r -> r.itemId().equals(item))
        .map(DueReminder::kind)
        .toList();
  }

  private boolean copied(String item) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                !entityManager
                    .createNativeQuery(
                        "SELECT 1 FROM item_copy WHERE id = ?1 AND lead_department_id = 'EDU'")
                    .setParameter(1, item)
                    .getResultList()
                    .isEmpty());
  }

  private String item() {
    String item = UUID.randomUUID().toString();
    items.add(item);
    return item;
  }

  private LocalDate today() {
    return zone.today(clock);
  }

  private Instant fireAt(ReminderKind kind, LocalDate due) {
    return kind.fireAt(due, config.fireAt(), zone.id());
  }

  private void awaitApplied(String item, EventEnvelope event) {
    publish(Topics.SUGGESTIONS, item, event);
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    QuarkusTransaction.requiringNew()
                            .call(
                                () ->
                                    ((Number)
                                            entityManager
                                                .createNativeQuery(
                                                    "SELECT count(*) FROM processed_event"
                                                        + " WHERE consumer = ?1 AND event_id = ?2")
                                                .setParameter(1, ReminderEvents.CONSUMER)
                                                .setParameter(2, event.id())
                                                .getSingleResult())
                                        .longValue())
                        == 1))
        .as("event %s applied", event.type())
        .isTrue();
  }

  private void awaitState(String item, String key, String state) {
    assertThat(Poll.until(DEADLINE, () -> state.equals(states(item).get(key))))
        .as("%s of %s is %s (states: %s)", key, item, state, states(item))
        .isTrue();
  }

  private void awaitStates(String item, Map<String, String> expected) {
    assertThat(Poll.until(DEADLINE, () -> states(item).equals(expected)))
        .as("reminders of %s", item)
        .isTrue();
    assertThat(states(item)).isEqualTo(expected);
  }

  private Map<String, String> scheduled(String item) {
    return states(item).entrySet().stream()
        .filter(e -> e.getValue().equals("SCHEDULED"))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private Map<String, String> states(String item) {
    return reminders.states(item);
  }
}
