package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.EvaluationOpened;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.support.Broker;
import cn.gov.jinshan.congress.notifications.support.CopiedDeputies;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.TestClock;
import cn.gov.jinshan.congress.notifications.support.TestDirectory;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Only the deputies entitled to vote are told of a ballot: the deputy logins of the congress (the
 * directory; here a congress the test invents, with its own logins) whose deputy is ACTIVE and of
 * the congress's own level in the copy the service reads from the deputies topic (real broker, real
 * database).
 *
 * <p>The voting events are handed to the handler itself rather than published: the voting topic's
 * consumer group may have other members on a shared stack (another running instance of the service,
 * possibly an older release), and whichever applies an event first records it for all. The
 * deputies' events go through the broker and this instance's consumer; the retrying of an event
 * that waits for the copy is the consumer's (UntilDirectoryAnswersTest).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EntitledDeputiesTest {
  /**
   * The first wait on the deputies topic also covers its history on a new consumer group and the
   * group's rebalancing when the service starts (the tests' order is not fixed).
   */
  private static final Duration FIRST = Duration.ofMinutes(8);

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String DELEGATION = UUID.randomUUID().toString();

  @Inject TestDirectory directory;
  @Inject CopiedDeputies copies;
  @Inject InboxRows rows;
  @Inject VotingNotices votingNotices;
  @Inject TestClock clock;
  @Inject CongressScope congresses;

  @AfterEach
  void clockBack() {
    clock.reset();
  }

  @Test
  void shouldTellOnlyTheActiveDeputiesOfTheCongresssOwnLevelOfABallot() throws Exception {
    String congress = congress("DISTRICT", null);
    Login active = login();
    Login suspended = login();
    Login terminated = login();
    Login townLevel = login();
    directory.give(congress, accounts(active, suspended, terminated, townLevel));
    register(congress, active, "DISTRICT");
    register(congress, suspended, "DISTRICT");
    register(congress, terminated, "DISTRICT");
    register(congress, townLevel, "TOWN");
    changeStatus(congress, suspended, "ACTIVE", "SUSPENDED");
    changeStatus(congress, terminated, "ACTIVE", "TERMINATED");
    awaitCopy(
        FIRST,
        Map.of(
            active, "DISTRICT ACTIVE",
            suspended, "DISTRICT SUSPENDED",
            terminated, "DISTRICT TERMINATED",
            townLevel, "TOWN ACTIVE"));

    String round = UUID.randomUUID().toString();
    EventEnvelope opened = Broker.envelopeIn(congress, ballot(round, congress));
    assertThat(votingNotices.apply(opened)).isTrue();
    assertThat(rows.recipients(opened.id())).isEqualTo(Set.of(active.person().id()));

    // Statuses change after the ballot opened: its notice stays as it was, also when the event
    // comes again; the next event of the round goes by the new statuses.
    changeStatus(congress, active, "ACTIVE", "SUSPENDED");
    changeStatus(congress, suspended, "SUSPENDED", "ACTIVE");
    awaitCopy(WAIT, Map.of(active, "DISTRICT SUSPENDED", suspended, "DISTRICT ACTIVE"));
    assertThat(votingNotices.apply(opened)).isFalse();
    assertThat(rows.recipients(opened.id())).isEqualTo(Set.of(active.person().id()));
    EventEnvelope rating =
        Broker.envelopeIn(
            congress, new EvaluationOpened(round, congress, 2027, List.of("p1"), Instant.now()));
    assertThat(votingNotices.apply(rating)).isTrue();
    assertThat(rows.recipients(rating.id())).isEqualTo(Set.of(suspended.person().id()));
  }

  @Test
  void shouldTellTheTownLevelDeputiesOfATownCongress() throws Exception {
    String district = congress("DISTRICT", null);
    String town = congress("TOWN", district);
    Login townDeputy = login();
    Login districtDeputy = login();
    directory.give(town, accounts(townDeputy, districtDeputy));
    register(town, townDeputy, "TOWN");
    register(town, districtDeputy, "DISTRICT");
    awaitCopy(FIRST, Map.of(townDeputy, "TOWN ACTIVE", districtDeputy, "DISTRICT ACTIVE"));
    // the congress's own event travels in another partition than its deputies' events
    assertThat(Poll.until(WAIT, () -> congresses.find(town).isPresent()))
        .as("the town congress copied")
        .isTrue();

    EventEnvelope opened = Broker.envelopeIn(town, ballot(UUID.randomUUID().toString(), town));
    assertThat(votingNotices.apply(opened)).isTrue();
    assertThat(rows.recipients(opened.id())).isEqualTo(Set.of(townDeputy.person().id()));
  }

  @Test
  void shouldWaitForTheCopyOfTheDeputiesWhenTheBallotComesFirst() throws Exception {
    String congress = congress("DISTRICT", null);
    Login deputy = login();
    directory.give(congress, accounts(deputy));
    EventEnvelope opened =
        Broker.envelopeIn(congress, ballot(UUID.randomUUID().toString(), congress));

    // Applied while the copy knows no deputy of the congress: "not known yet", nothing kept (no
    // entry, no record that the event was processed) ...
    assertThatThrownBy(() -> votingNotices.apply(opened)).isInstanceOf(DeputiesNotKnownYet.class);
    assertThat(rows.count(opened.id())).isZero();

    // ... so the same event, tried again once the deputy's registration is copied, is told to the
    // deputy: neither to nobody nor to every login.
    register(congress, deputy, "DISTRICT");
    awaitCopy(FIRST, Map.of(deputy, "DISTRICT ACTIVE"));
    assertThat(votingNotices.apply(opened)).isTrue();
    assertThat(rows.recipients(opened.id())).isEqualTo(Set.of(deputy.person().id()));
  }

  @Test
  void shouldTellTheDeputyLoginsWhenTheCopyStaysEmptyPastTheWait() throws Exception {
    String congress = congress("DISTRICT", null);
    Login deputy = login();
    directory.give(congress, accounts(deputy));
    EventEnvelope opened =
        Broker.envelopeIn(congress, ballot(UUID.randomUUID().toString(), congress));
    assertThatThrownBy(() -> votingNotices.apply(opened)).isInstanceOf(DeputiesNotKnownYet.class);

    // Ten minutes on, a copy that still knows nobody of the congress is not filling: the event is
    // told to the congress's deputy logins instead of holding back every later voting notice.
    clock.advance(Duration.ofMinutes(10));

    assertThat(votingNotices.apply(opened)).isTrue();
    assertThat(rows.recipients(opened.id())).isEqualTo(Set.of(deputy.person().id()));
  }

  @Test
  void shouldApplyEachDeputyEventOnce() {
    String congress = congress("DISTRICT", null);
    Login deputy = login();
    EventEnvelope registered = register(congress, deputy, "DISTRICT");
    changeStatus(congress, deputy, "ACTIVE", "SUSPENDED");
    // the registration again (it would make the deputy ACTIVE), then an update that marks the
    // moment: the events of one deputy come in order
    Broker.again(registration(congress, deputy, "DISTRICT"), registered);
    Broker.publishIn(
        congress,
        new DeputyUpdated(
            deputy.deputyId().toString(),
            congress,
            "代表",
            "FEMALE",
            "TOWN",
            6,
            DELEGATION,
            "测试代表团",
            deputy.person().id()));
    awaitCopy(FIRST, Map.of(deputy, "TOWN SUSPENDED"));
  }

  /** A login of the invented congress: its deputy id and its person. */
  private record Login(UUID deputyId, Person person) {}

  private static Login login() {
    UUID id = UUID.randomUUID();
    return new Login(
        UUID.randomUUID(), new Person(id.toString(), "代表" + id.toString().substring(0, 4), null));
  }

  private static List<DeputyAccount> accounts(Login... logins) {
    return Arrays.stream(logins)
        .map(l -> new DeputyAccount(l.deputyId().toString(), l.person()))
        .toList();
  }

  /** A congress of its own, registered on the deputies topic. */
  private static String congress(String level, String parent) {
    String id = "NT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    Broker.publishIn(id, new CongressRegistered(id, "测试人民代表大会" + id, level, parent, 6, 3));
    return id;
  }

  private static DeputyRegistered registration(String congress, Login login, String level) {
    return new DeputyRegistered(
        login.deputyId().toString(),
        congress,
        login.person().displayName(),
        "FEMALE",
        level,
        6,
        DELEGATION,
        "测试代表团",
        "ACTIVE",
        login.person().id());
  }

  private static EventEnvelope register(String congress, Login login, String level) {
    return Broker.publishIn(congress, registration(congress, login, level));
  }

  private static void changeStatus(String congress, Login login, String from, String to) {
    Broker.publishIn(
        congress,
        new DeputyStatusChanged(
            login.deputyId().toString(), congress, from, to, LocalDate.now(), "测试"));
  }

  private static BallotOpened ballot(String round, String congress) {
    return new BallotOpened(
        round, congress, 2027, 3, List.of("c1", "c2"), 1, Instant.now(), null, null);
  }

  private void awaitCopy(Duration deadline, Map<Login, String> expected) {
    assertThat(
            Poll.until(
                deadline,
                () ->
                    expected.entrySet().stream()
                        .allMatch(
                            e ->
                                copies
                                    .levelAndStatus(e.getKey().deputyId())
                                    .equals(Optional.of(e.getValue())))))
        .as("the copy of the deputies: %s", expected)
        .isTrue();
  }
}
