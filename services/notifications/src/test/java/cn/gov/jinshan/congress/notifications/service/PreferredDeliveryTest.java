package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.domain.QuietHours;
import cn.gov.jinshan.congress.notifications.support.Outgoings;
import cn.gov.jinshan.congress.notifications.support.SmtpGate;
import cn.gov.jinshan.congress.notifications.support.TestClock;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.testing.Mailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person's preferences decide the mails: channels per kind, the daily digest, quiet hours. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpGate.class)
class PreferredDeliveryTest {
  @Inject OutgoingMessages outgoing;
  @Inject OutgoingDispatcher dispatcher;
  @Inject DailyDigest digest;
  @Inject PreferenceService preferences;
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
  void shouldSendNoMailOfAKindWhoseMailThePersonTurnedOff() {
    Person person = Outgoings.person("mail-off");
    prefer(person, Set.of(Channel.EMAIL), Map.of("SUGGESTION_ASSIGNED", Set.of()), false, null);
    Outgoing assigned = Outgoings.assigned(person, Channel.INBOX, Channel.EMAIL);
    tell(assigned);
    tell(Outgoings.ofKind(assigned, "SUGGESTION_REPLIED", "建议已答复"));

    dispatcher.dispatchDue();

    // the mail of the kind still on arrives; the one turned off was never written
    List<Mailbox.Received> mails = Mailbox.await(person.email(), 1);
    assertThat(mails).extracting(Mailbox.Received::subject).containsExactly("【人大代表建议】建议已答复");
    assertThat(Outgoings.rows(entityManager, person.id())).hasSize(1);
  }

  @Test
  void shouldListTheDaysItemsInOneDigestMail() {
    Person person = Outgoings.person("digest");
    prefer(person, Set.of(Channel.EMAIL), Map.of(), true, null);
    // morning of a day in Shanghai: the items wait for the 18:00 digest
    LocalDate day = LocalDate.now(zone.id()).plusDays(2);
    clock.setTo(day.atTime(9, 0).atZone(zone.id()).toInstant());
    Outgoing first = Outgoings.assigned(person, Channel.EMAIL);
    tell(first);
    tell(Outgoings.ofKind(first, "SUGGESTION_REPLIED", "建议已答复"));
    tell(Outgoings.ofKind(first, "CONTACT_RECORDED", "承办单位已联系"));
    dispatcher.dispatchDue();
    assertThat(Mailbox.of(person.email())).isEmpty();

    clock.setTo(day.atTime(18, 1).atZone(zone.id()).toInstant());
    digest.collect();
    digest.collect(); // a second run (another instance) finds nothing left
    dispatcher.dispatchDue();

    List<Mailbox.Received> mails = Mailbox.await(person.email(), 1);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).subject())
        .isEqualTo("【代表履职平台】每日通知汇总（" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日，共3条）");
    assertThat(OutgoingMailTest.decodedBody(mails.get(0).mime()))
        .contains("【人大代表建议】建议“关于加强老旧小区加装电梯的建议”已交办")
        .contains("【人大代表建议】建议已答复")
        .contains("【人大代表建议】承办单位已联系");
    assertThat(Outgoings.rows(entityManager, person.id()))
        .extracting(r -> (String) r[2])
        .containsExactlyInAnyOrder("DIGESTED", "DIGESTED", "DIGESTED", "SENT");
  }

  @Test
  void shouldHoldAMailInQuietHoursUntilTheyEnd() {
    Person person = Outgoings.person("quiet");
    prefer(
        person,
        Set.of(Channel.EMAIL),
        Map.of(),
        false,
        new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
    LocalDate day = LocalDate.now(zone.id()).plusDays(3);
    clock.setTo(day.atTime(23, 30).atZone(zone.id()).toInstant());
    tell(Outgoings.assigned(person, Channel.INBOX, Channel.EMAIL));

    dispatcher.dispatchDue();
    clock.setTo(day.plusDays(1).atTime(6, 59).atZone(zone.id()).toInstant());
    dispatcher.dispatchDue();
    assertThat(Mailbox.of(person.email())).isEmpty();
    assertThat(Outgoings.rows(entityManager, person.id()).get(0)[2]).isEqualTo("PENDING");

    clock.setTo(day.plusDays(1).atTime(7, 0, 1).atZone(zone.id()).toInstant());
    dispatcher.dispatchDue();
    assertThat(Mailbox.await(person.email(), 1)).hasSize(1);
  }

  private void prefer(
      Person person,
      Set<Channel> defaults,
      Map<String, Set<Channel>> perKind,
      boolean digest,
      QuietHours quiet) {
    preferences.replace(
        person.id(),
        Outgoings.CONGRESS,
        new Preferences(defaults, perKind, digest, quiet, 0),
        "\"0\"");
  }

  private void tell(Outgoing o) {
    QuarkusTransaction.requiringNew().run(() -> outgoing.accept(o));
  }
}
