package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.OutgoingState;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository.NewMessage;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the e-mails and text messages of a person told something, in the announcing transaction:
 * one row per (source, person, channel), unique in the database, so that a redelivered event writes
 * nothing more and the dispatcher sends each once. The person's preferences decide: a channel they
 * turned off for the kind gets no row; with the daily digest a mail waits for it; inside their
 * quiet hours a message waits for their end. A kind whose rule mails as DIGEST always waits for the
 * digest, whatever the person chose. The inbox is never delayed (the core writes it).
 */
@ApplicationScoped
public class OutgoingMessages implements OutgoingChannel {
  private final OutgoingMessageRepository repository;
  private final PreferenceService preferences;
  private final MailComposer composer;
  private final PlatformZone zone;
  private final Clock clock;

  public OutgoingMessages(
      OutgoingMessageRepository repository,
      PreferenceService preferences,
      MailComposer composer,
      PlatformZone zone,
      Clock clock) {
    this.repository = repository;
    this.preferences = preferences;
    this.composer = composer;
    this.zone = zone;
    this.clock = clock;
  }

  @Override
  public void accept(Outgoing o) {
    Preferences chosen = preferences.of(o.person().id(), o.congressId());
    Instant now = clock.instant();
    Instant release =
        chosen.quietHours() == null ? now : chosen.quietHours().release(now, zone.id());
    for (Channel channel : o.channels()) {
      if (channel == Channel.INBOX || !chosen.wants(o.kind(), channel)) {
        continue;
      }
      MailComposer.Composed text = channel == Channel.EMAIL ? composer.email(o) : composer.sms(o);
      String address = channel == Channel.EMAIL ? emailOf(o) : null;
      OutgoingState state = OutgoingState.PENDING;
      String reason = null;
      if (channel == Channel.EMAIL && address == null) {
        state = OutgoingState.SKIPPED;
        reason = "no e-mail address";
      } else if (channel == Channel.EMAIL
          && (chosen.dailyDigest() || o.emailAs() == EmailDelivery.DIGEST)) {
        state = OutgoingState.DIGEST;
      }
      repository.insertOnce(
          new NewMessage(
              UUID.randomUUID(),
              o.congressId(),
              o.sourceId(),
              o.person().id(),
              channel,
              o.kind(),
              o.itemId(),
              address,
              text.subject(),
              text.body(),
              text.link(),
              state,
              release,
              now,
              reason));
    }
  }

  private static String emailOf(Outgoing o) {
    String email = o.person().email();
    return email == null || email.isBlank() ? null : email.strip();
  }
}
