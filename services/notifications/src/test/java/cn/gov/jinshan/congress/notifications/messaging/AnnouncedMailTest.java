package cn.gov.jinshan.congress.notifications.messaging;

import static cn.gov.jinshan.congress.notifications.support.RealmUsers.CONGRESS;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.deputyId;
import static cn.gov.jinshan.congress.notifications.support.RealmUsers.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.suggestions.ContactRecorded;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionRegistered;
import cn.gov.jinshan.congress.contracts.suggestions.SuggestionSubmitted;
import cn.gov.jinshan.congress.notifications.service.OutgoingDispatcher;
import cn.gov.jinshan.congress.notifications.support.Broker;
import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.Outgoings;
import cn.gov.jinshan.congress.notifications.support.SmtpGate;
import cn.gov.jinshan.congress.testing.Mailbox;
import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * From the broker to the mailbox: a suggestion's event on the real broker becomes one mail per
 * person the rule names (found in the real Keycloak realm), sent through the real SMTP server, and
 * a redelivered event sends no second mail. The realm's addresses are shared with other tests, so
 * mails are told apart by the item's unique title and the Message-ID.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpGate.class)
class AnnouncedMailTest {
  /** The first wait also covers the topic's history on a new consumer group. */
  private static final Duration FIRST = Duration.ofMinutes(8);

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject OutgoingDispatcher dispatcher;
  @Inject InboxRows inbox;
  @Inject EntityManager entityManager;

  @BeforeEach
  void setAsideWhatOtherTestsLeftDue() {
    Outgoings.setAsideOthersDue(entityManager);
  }

  @Test
  void shouldMailTheAuthorOnceHoweverOftenTheEventArrives() {
    String item = UUID.randomUUID().toString();
    String title = "关于完善社区垃圾分类设施的建议（" + item.substring(0, 8) + "）";
    Instant now = Instant.now();
    Broker.publish(
        new SuggestionSubmitted(item, CONGRESS, "SUGGESTION", title, deputyId(1), List.of(), now));
    EventEnvelope registered =
        Broker.publish(
            new SuggestionRegistered(item, CONGRESS, "17-3-0099", 17, 3, title, deputyId(1), now));
    String author = id("deputy01");
    assertThat(
            Poll.until(
                FIRST, () -> !Outgoings.rows(entityManager, author, registered.id()).isEmpty()))
        .isTrue();

    dispatcher.dispatchDue();

    Object[] row = Outgoings.rows(entityManager, author, registered.id()).get(0);
    assertThat(row[2]).isEqualTo("SENT");
    String address = (String) row[4];
    List<Mailbox.Received> mails = awaitMails(address, title, 1);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).subject()).isEqualTo("【人大代表建议】您的建议已立案：" + title);
    assertThat(mails.get(0).messageId()).isEqualTo(dispatcher.messageId((UUID) row[0]));

    // the same event again; the contact after it on the same partition shows it was consumed
    Broker.again(registered);
    EventEnvelope contact =
        Broker.publish(
            new ContactRecorded(
                item,
                CONGRESS,
                UUID.randomUUID().toString(),
                "EDU",
                LocalDate.of(2027, 2, 1),
                "电话",
                now));
    assertThat(Poll.until(WAIT, () -> inbox.count(contact.id()) >= 1)).isTrue();
    dispatcher.dispatchDue();

    assertThat(Outgoings.rows(entityManager, author, registered.id())).hasSize(1);
    assertThat(withTitle(address, title)).hasSize(1);
  }

  private static List<Mailbox.Received> awaitMails(String address, String title, int count) {
    assertThat(Poll.until(Duration.ofSeconds(10), () -> withTitle(address, title).size() >= count))
        .isTrue();
    return withTitle(address, title);
  }

  private static List<Mailbox.Received> withTitle(String address, String title) {
    return Mailbox.of(address).stream().filter(m -> m.subject().contains(title)).toList();
  }
}
