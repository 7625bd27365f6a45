package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.support.Outgoings;
import cn.gov.jinshan.congress.notifications.support.SmtpGate;
import cn.gov.jinshan.congress.notifications.support.TestClock;
import cn.gov.jinshan.congress.testing.Mailbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mails through the real SMTP server: once per (announcement, person), in Chinese, no loss. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpGate.class)
class OutgoingMailTest {
  @Inject OutgoingMessages outgoing;
  @Inject OutgoingDispatcher dispatcher;
  @Inject EntityManager entityManager;

  @BeforeEach
  void setAsideWhatOtherTestsLeftDue() {
    Outgoings.setAsideOthersDue(entityManager);
  }

  @Inject TestClock clock;
  @Inject MeterRegistry registry;

  @AfterEach
  void reset() {
    SmtpGate.back();
    clock.reset();
  }

  @Test
  void shouldSendOneMailWithAChineseSubjectAndALinkToTheItem() {
    Person person = Outgoings.person("dept-edu");
    Outgoing o = Outgoings.assigned(person, Channel.INBOX, Channel.EMAIL);
    tell(o);

    dispatcher.dispatchDue();

    List<Mailbox.Received> mails = Mailbox.await(person.email(), 1);
    assertThat(mails).hasSize(1);
    Mailbox.Received mail = mails.get(0);
    assertThat(mail.subject()).isEqualTo("【人大代表建议】建议“关于加强老旧小区加装电梯的建议”已交办");
    // the subject travels encoded (RFC 2047), the body as UTF-8: decoded they are the Chinese text
    assertThat(mail.mime()).contains("Subject: =?");
    assertThat(decodedBody(mail.mime()))
        .contains("张dept-edu，您好")
        .contains("已交由贵单位主办")
        // the console opens the item in the reader's workspace (here: the unit's task page)
        .contains("http://127.0.0.1:8080/items/" + o.itemId());
    Object[] row = Outgoings.rows(entityManager, person.id()).get(0);
    assertThat(row[2]).isEqualTo("SENT");
    assertThat(mail.messageId()).isEqualTo(dispatcher.messageId((UUID) row[0]));
  }

  @Test
  void shouldSendNoSecondMailForARedeliveredAnnouncement() {
    Person person = Outgoings.person("redelivered");
    Outgoing o = Outgoings.assigned(person, Channel.EMAIL);
    tell(o);
    dispatcher.dispatchDue();
    Mailbox.await(person.email(), 1);

    tell(o); // the same source again: a redelivered event, or a restarted consumer
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    assertThat(Outgoings.rows(entityManager, person.id())).hasSize(1);
    assertThat(Mailbox.of(person.email())).hasSize(1);
  }

  @Test
  void shouldSendEachMailOnceWhenTwoDispatchersRunAtTheSameTime() throws Exception {
    Person person = Outgoings.person("two-dispatchers");
    for (int i = 0; i < 30; i++) {
      tell(Outgoings.assigned(person, Channel.EMAIL));
    }

    var first = java.util.concurrent.CompletableFuture.supplyAsync(dispatcher::dispatchDue);
    var second = java.util.concurrent.CompletableFuture.supplyAsync(dispatcher::dispatchDue);
    first.get();
    second.get();
    // a send that timed out (a loaded machine) is retried after its backoff, as in production
    for (int run = 0; run < 20 && !allSent(person); run++) {
      clock.advance(Duration.ofSeconds(5));
      dispatcher.dispatchDue();
    }

    List<Mailbox.Received> mails = Mailbox.await(person.email(), 30);
    assertThat(mails).hasSize(30);
    assertThat(mails).extracting(Mailbox.Received::messageId).doesNotHaveDuplicates();
    assertThat(Outgoings.rows(entityManager, person.id()))
        .extracting(r -> (String) r[2])
        .containsOnly("SENT");
  }

  @Test
  void shouldSendTheMailAfterTheSmtpServerReturns() {
    Person person = Outgoings.person("smtp-away");
    SmtpGate.away();
    tell(Outgoings.assigned(person, Channel.EMAIL));

    dispatchUntilTried(person);
    Object[] failed = Outgoings.rows(entityManager, person.id()).get(0);
    assertThat(failed[2]).isEqualTo("PENDING");
    assertThat(((Number) failed[3]).intValue()).isEqualTo(1);
    assertThat((String) failed[5]).isNotBlank();
    assertThat(Mailbox.of(person.email())).isEmpty();

    SmtpGate.back();
    // retries go on (each after its backoff) until the server takes the mail: an attempt on a
    // connection opened while the gate was closed may still time out once
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Mailbox.of(person.email()).isEmpty() && Instant.now().isBefore(deadline)) {
      clock.advance(Duration.ofSeconds(5)); // past the longest backoff of the test profile
      dispatcher.dispatchDue();
    }

    assertThat(Mailbox.await(person.email(), 1)).hasSize(1);
    Object[] sent = Outgoings.rows(entityManager, person.id()).get(0);
    assertThat(sent[2]).isEqualTo("SENT");
    assertThat(((Number) sent[3]).intValue()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void shouldGiveUpAfterTheConfiguredAttemptsAndCountIt() {
    Person person = Outgoings.person("given-up");
    tell(Outgoings.assigned(person, Channel.EMAIL));
    UUID id = (UUID) Outgoings.rows(entityManager, person.id()).get(0)[0];
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery("UPDATE outgoing_message SET attempts = 4 WHERE id = ?1")
                    .setParameter(1, id)
                    .executeUpdate());
    double before = failedCount();
    SmtpGate.away();

    dispatchUntilTried(person);

    Object[] row = Outgoings.rows(entityManager, person.id()).get(0);
    assertThat(row[2]).isEqualTo("FAILED");
    assertThat(((Number) row[3]).intValue()).isEqualTo(5);
    // (messages other tests left behind may have given up in the same runs)
    assertThat(failedCount()).isGreaterThanOrEqualTo(before + 1);
    SmtpGate.back();
    clock.advance(Duration.ofHours(1));
    dispatcher.dispatchDue();
    assertThat(Mailbox.of(person.email())).isEmpty();
  }

  @Test
  void shouldSkipAPersonWithoutAnAddress() {
    Person person = new Person(UUID.randomUUID().toString(), "李无邮箱", null);
    tell(Outgoings.assigned(person, Channel.INBOX, Channel.EMAIL));

    Object[] row = Outgoings.rows(entityManager, person.id()).get(0);
    assertThat(row[2]).isEqualTo("SKIPPED");
    assertThat(row[5]).isEqualTo("no e-mail address");
  }

  /**
   * Dispatches while the SMTP server is away until the person's message was tried: each run stops
   * at its first failure, and messages other tests left behind may be due before it.
   */
  private void dispatchUntilTried(Person person) {
    for (int run = 0; run < 1_000; run++) {
      Object[] row = Outgoings.rows(entityManager, person.id()).get(0);
      if (row[5] != null || !"PENDING".equals(row[2])) {
        return;
      }
      dispatcher.dispatchDue();
    }
  }

  private boolean allSent(Person person) {
    return Outgoings.rows(entityManager, person.id()).stream().allMatch(r -> "SENT".equals(r[2]));
  }

  private double failedCount() {
    var counter = registry.find("notifications.outgoing.failed").tag("channel", "EMAIL").counter();
    return counter == null ? 0 : counter.count();
  }

  private void tell(Outgoing o) {
    QuarkusTransaction.requiringNew().run(() -> outgoing.accept(o));
  }

  /** The text part of a single-part mail, its transfer encoding undone. */
  static String decodedBody(String mime) {
    String[] parts = mime.split("\r\n\r\n", 2);
    String headers = parts[0];
    String body = parts[1];
    if (headers.contains("Content-Transfer-Encoding: base64")) {
      return new String(Base64.getMimeDecoder().decode(body.strip()), StandardCharsets.UTF_8);
    }
    if (headers.contains("Content-Transfer-Encoding: quoted-printable")) {
      return decodeQuotedPrintable(body);
    }
    return body;
  }

  private static String decodeQuotedPrintable(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String joined = text.replace("=\r\n", "");
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '=' && i + 2 < joined.length()) {
        out.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
