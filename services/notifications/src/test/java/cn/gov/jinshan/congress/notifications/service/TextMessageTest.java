package cn.gov.jinshan.congress.notifications.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.support.Outgoings;
import cn.gov.jinshan.congress.notifications.support.SmtpGate;
import cn.gov.jinshan.congress.notifications.support.TestPhoneBook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text messages are recorded, not sent, for people with a number; the others are skipped. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpGate.class)
class TextMessageTest {
  @Inject OutgoingMessages outgoing;
  @Inject OutgoingDispatcher dispatcher;
  @Inject TestPhoneBook phones;
  @Inject EntityManager entityManager;

  @BeforeEach
  void setAsideWhatOtherTestsLeftDue() {
    Outgoings.setAsideOthersDue(entityManager);
  }

  @Test
  void shouldRecordTextMessagesForPeopleWithANumberAndSkipTheOthers() {
    Person withPhone = Outgoings.person("sms");
    Person withoutPhone = Outgoings.person("no-sms");
    phones.give(withPhone.id(), "13800138000");
    Outgoing toFirst = Outgoings.assigned(withPhone, Channel.INBOX, Channel.SMS);
    tell(toFirst);
    tell(Outgoings.assigned(withoutPhone, Channel.INBOX, Channel.SMS));
    tell(toFirst); // redelivered: still one message

    dispatcher.dispatchDue();
    dispatcher.dispatchDue();

    List<Object[]> sent = Outgoings.rows(entityManager, withPhone.id());
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0)[1]).isEqualTo("SMS");
    assertThat(sent.get(0)[2]).isEqualTo("SENT");
    assertThat(sent.get(0)[4]).isEqualTo("13800138000");
    List<Object[]> recorded = recorded((UUID) sent.get(0)[0]);
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0)[0]).isEqualTo("13800138000");
    assertThat((String) recorded.get(0)[1])
        .isEqualTo("【人大代表建议】建议“关于加强老旧小区加装电梯的建议”已交办。详情请登录代表履职平台查看。");

    Object[] skipped = Outgoings.rows(entityManager, withoutPhone.id()).get(0);
    assertThat(skipped[2]).isEqualTo("SKIPPED");
    assertThat(skipped[5]).isEqualTo("no phone number");
    assertThat(recorded((UUID) skipped[0])).isEmpty();
  }

  @Test
  void shouldSendTextMessagesWhileTheSmtpServerIsAway() {
    Person person = Outgoings.person("sms-no-smtp");
    phones.give(person.id(), "13900139000");
    // the mail is due first: a dispatcher that stopped at its failure would never reach the text
    tell(Outgoings.assigned(person, Channel.INBOX, Channel.EMAIL));
    tell(Outgoings.assigned(person, Channel.INBOX, Channel.SMS));

    SmtpGate.away();
    try {
      dispatcher.dispatchDue();
    } finally {
      SmtpGate.back();
    }

    Map<Object, Object[]> byChannel =
        Outgoings.rows(entityManager, person.id()).stream()
            .collect(Collectors.toMap(r -> r[1], r -> r));
    assertThat(byChannel.get("SMS")[2]).isEqualTo("SENT");
    assertThat(byChannel.get("EMAIL")[2]).isEqualTo("PENDING");
    assertThat(recorded((UUID) byChannel.get("SMS")[0])).hasSize(1);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> recorded(UUID messageId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT phone, text FROM recorded_sms WHERE outgoing_message_id = ?1")
                    .setParameter(1, messageId)
                    .getResultList());
  }

  private void tell(Outgoing o) {
    QuarkusTransaction.requiringNew().run(() -> outgoing.accept(o));
  }
}
