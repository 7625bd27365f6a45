package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.deputyId;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSentBack;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.domain.QuietHours;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.Outgoings;
import cn.gov.jinshan.congress.notifications.support.SmtpGate;
import cn.gov.jinshan.congress.notifications.support.TestClock;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.testing.Mailbox;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A kind whose rule mails as DIGEST (submissions, to the congress staff): the inbox entry at once,
 * the mail only in the daily digest, whatever the person chose; other kinds still mail one by one.
 * The events go through the suggestions handler, the staff come from the real realm (staff1's
 * address is shared with other tests: mails are told apart by the item's unique title).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpGate.class)
class DigestRuleTest {
  private static final Duration ARRIVAL = Duration.ofSeconds(10);

  /** One digest run takes at most 5,000 items: rows other tests left may come first. */
  private static final int MAX_DIGEST_RUNS = 20;

  @Inject SuggestionNotices notices;
  @Inject Directory directory;
  @Inject OutgoingMessages outgoing;
  @Inject OutgoingDispatcher dispatcher;
  @Inject DailyDigest digest;
  @Inject PreferenceService preferences;
  @Inject InboxRows inbox;
  @Inject PlatformZone zone;
  @Inject EntityManager entityManager;

  @BeforeEach
  void setAsideWhatOtherTestsLeftDue() {
    Outgoings.setAsideOthersDue(entityManager);
  }

  @Inject TestClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void shouldPutASubmissionInEachStaffMembersInboxAtOnceAndInTheirDigestOnly()
      throws JsonProcessingException {
    List<Person> staff = staff();
    LocalDate day = LocalDate.now(zone.id()).plusDays(4);
    clock.setTo(day.atTime(9, 0).atZone(zone.id()).toInstant());
    String title = "关于增加社区夜间照明的建议（" + UUID.randomUUID().toString().substring(0, 8) + "）";
    EventEnvelope submitted = submit(UUID.randomUUID().toString(), title);

    assertThat(inbox.recipients(submitted.id()))
        .isEqualTo(staff.stream().map(Person::id).collect(Collectors.toSet()));
    for (Person person : staff) {
      assertThat(Outgoings.rows(entityManager, person.id(), submitted.id()))
          .as("%s's mail of the submission", person.email())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r[1]).isEqualTo("EMAIL");
                assertThat(r[2]).isEqualTo("DIGEST");
              });
    }
    dispatcher.dispatchDue();
    for (Person person : staff) {
      assertThat(Mailbox.withSubject(person.email(), title)).as("single mails").isEmpty();
    }

    clock.setTo(day.atTime(18, 1).atZone(zone.id()).toInstant());
    collectUntilDigested(staff, submitted.id());
    String subject = "【代表履职平台】每日通知汇总（" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日，共";
    for (Person person : staff) {
      assertThat(dispatchUntil(() -> !digestsListing(person, title).isEmpty()))
          .as("%s's digest listing the submission", person.email())
          .isTrue();
      List<Mailbox.Received> digests = digestsListing(person, title);
      assertThat(digests).hasSize(1);
      assertThat(digests.get(0).subject()).startsWith(subject);
      assertThat(Mailbox.withSubject(person.email(), title)).as("single mails").isEmpty();
    }
  }

  @Test
  void shouldStillMailAKindWithoutTheSettingOnItsOwnToStaff() throws JsonProcessingException {
    List<Person> staff = staff();
    String item = UUID.randomUUID().toString();
    String title = "关于改造老旧菜市场的建议（" + item.substring(0, 8) + "）";
    submit(item, title);
    EventEnvelope sentBack =
        apply(
            SuggestionSentBack.class,
            item,
            new SuggestionSentBack(item, CONGRESS, "EDU", "LEAD", "不属于本单位职责", Instant.now()));

    for (Person person : staff) {
      assertThat(dispatchUntil(() -> !Mailbox.withSubject(person.email(), title).isEmpty()))
          .as("%s's mail of the send-back", person.email())
          .isTrue();
      assertThat(Outgoings.rows(entityManager, person.id(), sentBack.id()))
          .extracting(r -> (String) r[2])
          .containsExactly("SENT");
      assertThat(Mailbox.withSubject(person.email(), title))
          .extracting(Mailbox.Received::subject)
          .singleElement()
          .satisfies(s -> assertThat(s).contains("建议被退办"));
    }
  }

  @Test
  void shouldLeaveThePersonsOwnChoicesAsTheyWere() {
    LocalDate day = LocalDate.now(zone.id()).plusDays(5);
    clock.setTo(day.atTime(9, 0).atZone(zone.id()).toInstant());
    // a person who chose the digest: both kinds wait for it, as a single kind always did
    Person digesting = Outgoings.person("own-digest");
    prefer(digesting, Map.of(), true, null);
    Outgoing assigned = Outgoings.assigned(digesting, Channel.INBOX, Channel.EMAIL);
    Outgoing submitted = submitted(assigned);
    tell(assigned);
    tell(submitted);
    // a person who turned the kind's mail off gets none; one without an address is skipped
    Person mailOff = Outgoings.person("submitted-off");
    prefer(mailOff, Map.of("SUGGESTION_SUBMITTED", Set.of()), false, null);
    tell(submitted(Outgoings.assigned(mailOff, Channel.INBOX, Channel.EMAIL)));
    Person noAddress = new Person(UUID.randomUUID().toString(), "张无邮箱", null);
    tell(submitted(Outgoings.assigned(noAddress, Channel.INBOX, Channel.EMAIL)));
    // quiet hours hold the digest mail until they end
    Person quiet = Outgoings.person("digest-quiet");
    prefer(quiet, Map.of(), false, new QuietHours(LocalTime.of(17, 0), LocalTime.of(20, 0)));
    Outgoing quietly = submitted(Outgoings.assigned(quiet, Channel.INBOX, Channel.EMAIL));
    tell(quietly);

    assertThat(Outgoings.rows(entityManager, digesting.id()))
        .extracting(r -> (String) r[2])
        .containsExactly("DIGEST", "DIGEST");
    assertThat(Outgoings.rows(entityManager, mailOff.id())).isEmpty();
    assertThat(Outgoings.rows(entityManager, noAddress.id()))
        .extracting(r -> (String) r[2])
        .containsExactly("SKIPPED");
    assertThat(Outgoings.rows(entityManager, quiet.id()))
        .extracting(r -> (String) r[2])
        .containsExactly("DIGEST");

    clock.setTo(day.atTime(18, 1).atZone(zone.id()).toInstant());
    collectUntilDigested(List.of(digesting), assigned.sourceId());
    collectUntilDigested(List.of(digesting), submitted.sourceId());
    collectUntilDigested(List.of(quiet), quietly.sourceId());
    assertThat(dispatchUntil(() -> !Mailbox.of(digesting.email()).isEmpty())).isTrue();

    List<Mailbox.Received> mails = Mailbox.of(digesting.email());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).subject()).endsWith("共2条）");
    assertThat(OutgoingMailTest.decodedBody(mails.get(0).mime()))
        .contains("建议“关于加强老旧小区加装电梯的建议”已交办")
        .contains("新提交建议待立案");
    assertThat(Mailbox.of(quiet.email())).isEmpty();

    clock.setTo(day.atTime(20, 0, 1).atZone(zone.id()).toInstant());
    assertThat(dispatchUntil(() -> !Mailbox.of(quiet.email()).isEmpty())).isTrue();
    assertThat(Mailbox.of(quiet.email())).hasSize(1);
  }

  /** The same person told of a submission, whose rule mails it into the digest. */
  private static Outgoing submitted(Outgoing o) {
    return Outgoings.mailedAs(o, "SUGGESTION_SUBMITTED", "新提交建议待立案", EmailDelivery.DIGEST);
  }

  private List<Person> staff() {
    List<Person> staff =
        directory.people(CONGRESS, new Party(Party.Kind.CONGRESS_STAFF, CONGRESS)).stream()
            .filter(p -> p.email() != null)
            .toList();
    assertThat(staff).as("the district's staff in the realm").isNotEmpty();
    return staff;
  }

  private EventEnvelope submit(String item, String title) throws JsonProcessingException {
    return apply(
        SuggestionSubmitted.class,
        item,
        new SuggestionSubmitted(
            item, CONGRESS, "SUGGESTION", title, deputyId(1), List.of(), Instant.now()));
  }

  private EventEnvelope apply(Class<?> type, String item, Object payload)
      throws JsonProcessingException {
    EventEnvelope event =
        TestEvents.envelope(
            EventTypes.typeOf(type), item, CONGRESS, EventJson.mapper().valueToTree(payload));
    assertThat(notices.apply(event)).isTrue();
    return event;
  }

  /** Runs the digest until the people's mails of {@code sourceId} went into one. */
  private void collectUntilDigested(List<Person> people, String sourceId) {
    for (int run = 0; run < MAX_DIGEST_RUNS; run++) {
      digest.collect();
      boolean done =
          people.stream()
              .allMatch(
                  p ->
                      Outgoings.rows(entityManager, p.id(), sourceId).stream()
                          .allMatch(r -> "DIGESTED".equals(r[2])));
      if (done) {
        return;
      }
    }
    throw new AssertionError("still not digested after " + MAX_DIGEST_RUNS + " runs");
  }

  /**
   * Sends what is due until {@code arrived}: a send that fails (a row another test left with an
   * address the server refuses) ends a dispatch run early.
   */
  private boolean dispatchUntil(BooleanSupplier arrived) {
    return Poll.until(
        ARRIVAL,
        () -> {
          dispatcher.dispatchDue();
          return arrived.getAsBoolean();
        });
  }

  private static List<Mailbox.Received> digestsListing(Person person, String title) {
    return Mailbox.withSubject(person.email(), "每日通知汇总").stream()
        .filter(m -> OutgoingMailTest.decodedBody(m.mime()).contains(title))
        .toList();
  }

  private void prefer(
      Person person, Map<String, Set<Channel>> perKind, boolean digest, QuietHours quiet) {
    preferences.replace(
        person.id(),
        CONGRESS,
        new Preferences(Set.of(Channel.EMAIL), perKind, digest, quiet, 0),
        "\"0\"");
  }

  private void tell(Outgoing o) {
    QuarkusTransaction.requiringNew().run(() -> outgoing.accept(o));
  }
}
