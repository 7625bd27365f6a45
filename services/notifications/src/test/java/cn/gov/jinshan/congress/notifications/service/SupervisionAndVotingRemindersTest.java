package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.CHECK_IN_OPEN;
import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.RECTIFICATION_DUE_IN_1_DAY;
import static cn.gov.jinshan.congress.notifications.domain.ReminderKind.RECTIFICATION_DUE_IN_7_DAYS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.districtDeputies;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.id;
import static cn.gov.jinshan.congress.notifications.support.ReminderRows.key;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.supervision.OpinionIssued;
import cn.gov.jinshan.congress.contracts.supervision.RectificationReported;
import cn.gov.jinshan.congress.contracts.supervision.TopicPlanned;
import cn.gov.jinshan.congress.contracts.supervision.TopicStatusChanged;
import cn.gov.jinshan.congress.contracts.voting.BallotClosed;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.notifications.config.RemindersConfig;
import cn.gov.jinshan.congress.notifications.domain.DueReminder;
import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import cn.gov.jinshan.congress.notifications.support.Broker;
import cn.gov.jinshan.congress.notifications.support.CopiedDeputies;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.ReminderRows;
import cn.gov.jinshan.congress.notifications.support.TestClock;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminders learned from the supervision and voting topics (on the real broker), fired by the
 * job under a controlled clock: a rectification deadline's to the departments that have not
 * reported, a round's check-in window's to the deputies of the congress; once each, never after
 * what made them pointless.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SupervisionAndVotingRemindersTest {
  /** The first wait also covers the topics' history on a new consumer group. */
  private static final Duration FIRST = Duration.ofMinutes(8);

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject ReminderJob job;
  @Inject TestClock clock;
  @Inject PlatformZone zone;
  @Inject RemindersConfig config;
  @Inject InboxRows rows;
  @Inject ReminderRows reminders;
  @Inject EntityManager entityManager;
  @Inject CopiedDeputies copiedDeputies;

  /**
   * The ballot's notices go to the entitled deputies: the realm's deputies, as the copy knows them.
   */
  @BeforeEach
  void knowTheRealmsDeputies() {
    copiedDeputies.knowRealmDistrictDeputies();
  }

  private final List<String> items = new ArrayList<>();

  @AfterEach
  void resetClockAndRetireReminders() {
    clock.reset();
    reminders.retire(items);
  }

  @Test
  void shouldRemindTheDepartmentsThatHaveNotReportedAWeekAndADayBeforeTheDeadline() {
    String topic = item();
    LocalDate deadline = today().plusDays(30);
    planned(topic, List.of("EDU", "HEALTH"));
    EventEnvelope issued = Broker.publish(opinion(topic, deadline, List.of("EDU", "HEALTH")));
    awaitStates(
        topic,
        FIRST,
        Map.of(
            key(RECTIFICATION_DUE_IN_7_DAYS, deadline), "SCHEDULED",
            key(RECTIFICATION_DUE_IN_1_DAY, deadline), "SCHEDULED"));

    clock.setTo(fireAt(RECTIFICATION_DUE_IN_7_DAYS, deadline).minusSeconds(60));
    assertThat(firedFor(topic)).isEmpty();
    clock.setTo(fireAt(RECTIFICATION_DUE_IN_7_DAYS, deadline));
    assertThat(firedFor(topic)).containsExactly(RECTIFICATION_DUE_IN_7_DAYS);
    assertThat(firedFor(topic)).isEmpty();
    String sevenDays = reminders.id(topic, RECTIFICATION_DUE_IN_7_DAYS);
    Set<String> both = Set.of(id("dept-edu"), id("dept-health"));
    assertThat(rows.recipients(sevenDays)).isEqualTo(both);
    assertThat(rows.count(sevenDays)).isEqualTo(2);
    List<String> text = rows.text(sevenDays, id("dept-edu"));
    assertThat(text.get(0)).isEqualTo("整改报告期限将至：关于全区养老服务体系建设情况的报告");
    assertThat(text.get(1)).contains(deadline.toString(), "还有 7 天");

    // the opinion delivered again changes nothing; EDU reports: only HEALTH is reminded the day
    // before
    TestEvents.publish(EventTypes.topicOf(OpinionIssued.class), topic, issued);
    awaitApplied(Broker.publish(reported(topic, deadline, "EDU")));
    assertThat(reminders.states(topic))
        .isEqualTo(
            Map.of(
                key(RECTIFICATION_DUE_IN_7_DAYS, deadline), "FIRED",
                key(RECTIFICATION_DUE_IN_1_DAY, deadline), "SCHEDULED"));
    assertThat(firedFor(topic)).isEmpty();
    assertThat(rows.count(sevenDays)).isEqualTo(2);

    clock.setTo(fireAt(RECTIFICATION_DUE_IN_1_DAY, deadline));
    assertThat(firedFor(topic)).containsExactly(RECTIFICATION_DUE_IN_1_DAY);
    assertThat(firedFor(topic)).isEmpty();
    String oneDay = reminders.id(topic, RECTIFICATION_DUE_IN_1_DAY);
    assertThat(rows.recipients(oneDay)).isEqualTo(Set.of(id("dept-health")));
    assertThat(rows.text(oneDay, id("dept-health")).get(0))
        .isEqualTo("整改报告期限明日届满：关于全区养老服务体系建设情况的报告");
  }

  @Test
  void shouldNotRemindOnceEveryDepartmentReportedOrTheTopicIsClosed() {
    String reportedTopic = item();
    String closedTopic = item();
    LocalDate deadline = today().plusDays(20);
    planned(reportedTopic, List.of("HEALTH"));
    planned(closedTopic, List.of("EDU", "HEALTH"));
    Broker.publish(opinion(reportedTopic, deadline, List.of("HEALTH")));
    Broker.publish(opinion(closedTopic, deadline, List.of("EDU", "HEALTH")));
    Map<String, String> scheduled =
        Map.of(
            key(RECTIFICATION_DUE_IN_7_DAYS, deadline), "SCHEDULED",
            key(RECTIFICATION_DUE_IN_1_DAY, deadline), "SCHEDULED");
    awaitStates(reportedTopic, FIRST, scheduled);
    awaitStates(closedTopic, WAIT, scheduled);

    Broker.publish(reported(reportedTopic, deadline, "HEALTH"));
    awaitApplied(Broker.publish(reported(closedTopic, deadline, "EDU")));
    Broker.publish(new TopicStatusChanged(closedTopic, CONGRESS, "RECTIFYING", "CLOSED", 1));
    Map<String, String> cancelled =
        Map.of(
            key(RECTIFICATION_DUE_IN_7_DAYS, deadline), "CANCELLED",
            key(RECTIFICATION_DUE_IN_1_DAY, deadline), "CANCELLED");
    awaitStates(reportedTopic, WAIT, cancelled);
    awaitStates(closedTopic, WAIT, cancelled);

    for (ReminderKind kind : ReminderKind.RECTIFICATION) {
      clock.setTo(fireAt(kind, deadline).plusSeconds(60));
      assertThat(firedFor(reportedTopic)).isEmpty();
      assertThat(firedFor(closedTopic)).isEmpty();
    }
  }

  @Test
  void shouldTellTheDeputiesOnceWhenTheCheckInWindowOpens() {
    String round = item();
    Instant opens = Instant.now().plus(Duration.ofHours(2));
    Instant closes = opens.plus(Duration.ofHours(2));
    EventEnvelope opened = Broker.publish(ballotOpened(round, opens, closes));
    awaitStates(round, FIRST, Map.of(key(CHECK_IN_OPEN, date(opens)), "SCHEDULED"));

    assertThat(firedFor(round)).isEmpty();
    clock.setTo(opens.minusSeconds(1));
    assertThat(firedFor(round)).isEmpty();
    clock.setTo(opens);
    assertThat(firedFor(round)).containsExactly(CHECK_IN_OPEN);
    assertThat(firedFor(round)).isEmpty();
    String reminder = reminders.id(round, CHECK_IN_OPEN);
    assertThat(rows.recipients(reminder)).isEqualTo(districtDeputies());
    List<String> text = rows.text(reminder, id("deputy07"));
    assertThat(text.get(0)).isEqualTo("签到已开始：2027年民生实事项目票决");
    assertThat(text.get(1))
        .contains(
            "请于 "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone.id()).format(closes)
                + " 前完成签到");

    // the ballot's opening delivered again reminds no one again
    TestEvents.publish(EventTypes.topicOf(BallotOpened.class), round, opened);
    awaitApplied(Broker.publish(ballotClosed(round)));
    assertThat(reminders.states(round)).isEqualTo(Map.of(key(CHECK_IN_OPEN, date(opens)), "FIRED"));
    assertThat(firedFor(round)).isEmpty();
    assertThat(rows.count(reminder)).isEqualTo(districtDeputies().size());
  }

  @Test
  void shouldTellAtOnceInAnOpenWindowAndNeverAfterItClosedOrTheBallotClosed() {
    Instant now = Instant.now();
    String open = item();
    String over = item();
    String ballotClosed = item();
    String waitedTooLong = item();
    Instant earlier = now.minus(Duration.ofHours(1));
    Broker.publish(ballotOpened(open, earlier, now.plus(Duration.ofHours(1))));
    EventEnvelope overOpened =
        Broker.publish(
            ballotOpened(over, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1))));
    Instant later = now.plus(Duration.ofHours(1));
    Broker.publish(ballotOpened(ballotClosed, later, later.plus(Duration.ofHours(1))));
    Broker.publish(ballotOpened(waitedTooLong, later, later.plus(Duration.ofHours(1))));
    awaitStates(open, FIRST, Map.of(key(CHECK_IN_OPEN, date(earlier)), "SCHEDULED"));
    awaitStates(waitedTooLong, WAIT, Map.of(key(CHECK_IN_OPEN, date(later)), "SCHEDULED"));
    awaitApplied(Broker.publish(ballotClosed(ballotClosed)));
    assertThat(reminders.states(ballotClosed))
        .isEqualTo(Map.of(key(CHECK_IN_OPEN, date(later)), "CANCELLED"));
    // a window that closed before the ballot's opening was read is not reminded of at all
    awaitApplied(overOpened);
    assertThat(reminders.states(over)).isEmpty();

    assertThat(firedFor(open)).containsExactly(CHECK_IN_OPEN);
    assertThat(rows.recipients(reminders.id(open, CHECK_IN_OPEN))).isEqualTo(districtDeputies());

    // the service was away while the window was open: the reminder ends unsent
    clock.setTo(later.plus(Duration.ofHours(2)));
    List<DueReminder> fired = job.fireDue();
    assertThat(fired).extracting(DueReminder::itemId).doesNotContain(waitedTooLong, ballotClosed);
    assertThat(reminders.states(waitedTooLong))
        .isEqualTo(Map.of(key(CHECK_IN_OPEN, date(later)), "CANCELLED"));
    assertThat(rows.count(reminders.id(waitedTooLong, CHECK_IN_OPEN))).isZero();
  }

  // --- events -------------------------------------------------------------------------------

  private void planned(String topic, List<String> departments) {
    Broker.publish(
        new TopicPlanned(
            topic,
            CONGRESS,
            UUID.randomUUID().toString(),
            2027,
            "关于全区养老服务体系建设情况的报告",
            "WORK_REPORT",
            "社会建设工委",
            departments,
            today().plusDays(10)));
  }

  private OpinionIssued opinion(String topic, LocalDate deadline, List<String> departments) {
    return new OpinionIssued(
        topic, CONGRESS, UUID.randomUUID().toString(), 1, today(), deadline, departments);
  }

  private static RectificationReported reported(String topic, LocalDate deadline, String dept) {
    return new RectificationReported(
        topic, CONGRESS, UUID.randomUUID().toString(), dept, deadline, Instant.now(), false);
  }

  private static BallotOpened ballotOpened(String round, Instant opens, Instant closes) {
    return new BallotOpened(
        round,
        CONGRESS,
        2027,
        3,
        List.of("c1", "c2", "c3", "c4"),
        30,
        Instant.now(),
        opens,
        closes);
  }

  private static BallotClosed ballotClosed(String round) {
    return new BallotClosed(round, CONGRESS, 30, 20, 20, 20, "digest", false, Instant.now());
  }

  // --- the job and the table ----------------------------------------------------------------

  private List<ReminderKind> firedFor(String item) {
    return job.fireDue().stream()
        .filter(r -> r.itemId().equals(item))
        .map(DueReminder::kind)
        .toList();
  }

  private void awaitStates(String item, Duration deadline, Map<String, String> expected) {
    assertThat(Poll.until(deadline, () -> reminders.states(item).equals(expected)))
        .as("reminders of %s: %s", item, reminders.states(item))
        .isTrue();
  }

  /** Waits until the notices consumer applied the event (and so everything before it). */
  private void awaitApplied(EventEnvelope event) {
    assertThat(
            Poll.until(
                WAIT,
                () ->
                    QuarkusTransaction.requiringNew()
                        .call(
                            () ->
                                !entityManager
                                    .createNativeQuery(
                                        "SELECT 1 FROM processed_event"
                                            + " WHERE consumer = ?1 AND event_id = ?2")
                                    .setParameter(1, SuggestionNotices.CONSUMER)
                                    .setParameter(2, event.id())
                                    .getResultList()
                                    .isEmpty())))
        .as("event %s applied", event.type())
        .isTrue();
  }

  private String item() {
    String item = UUID.randomUUID().toString();
    items.add(item);
    return item;
  }

  private LocalDate today() {
    return zone.today(clock);
  }

  private LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, zone.id());
  }

  private Instant fireAt(ReminderKind kind, LocalDate due) {
    return kind.fireAt(due, config.fireAt(), zone.id());
  }
}
