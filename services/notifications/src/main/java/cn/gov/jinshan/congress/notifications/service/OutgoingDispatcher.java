package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.OutgoingConfig;
import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository.DueMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the due e-mails and text messages. Each batch is claimed with {@code FOR UPDATE SKIP
 * LOCKED} in one transaction that also marks what went out, so every message is worked on by one
 * instance at a time and marked SENT in the transaction that held it while it was sent.
 *
 * <p>A crash after the SMTP server accepted a mail and before the commit sends it again: with the
 * same Message-ID (derived from the row's id), which mail clients show once (see the ADR on
 * deterministic Message-IDs). A failure counts an attempt and retries with doubling backoff; after
 * {@code notifications.outgoing.max-attempts} the message is FAILED (metric {@code
 * notifications.outgoing.failed}). The rest of a batch after a failure waits for the next run
 * without counting an attempt: the server is probably away for all of them. Each channel is sent on
 * its own, so an SMTP server that is away holds back only the e-mails, never the text messages.
 */
@ApplicationScoped
public class OutgoingDispatcher {
  private static final Logger LOG = Logger.getLogger(OutgoingDispatcher.class);
  private static final int TRANSACTION_TIMEOUT_SECONDS = 300;

  private final OutgoingMessageRepository repository;
  private final ReactiveMailer mailer;
  private final SmsSender sms;
  private final PhoneBook phones;
  private final OutgoingConfig config;
  private final Clock clock;
  private final MeterRegistry registry;

  public OutgoingDispatcher(
      OutgoingMessageRepository repository,
      ReactiveMailer mailer,
      SmsSender sms,
      PhoneBook phones,
      OutgoingConfig config,
      Clock clock,
      MeterRegistry registry) {
    this.repository = repository;
    this.mailer = mailer;
    this.sms = sms;
    this.phones = phones;
    this.config = config;
    this.clock = clock;
    this.registry = registry;
  }

  @Scheduled(
      identity = "notifications-outgoing",
      every = "${notifications.outgoing.dispatch-every:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    dispatchDue();
  }

  /**
   * Sends what is due now on every channel, batch after batch, until nothing is due or a send on
   * that channel failed.
   *
   * @return how many messages went out (sent or recorded as skipped)
   */
  public int dispatchDue() {
    int done = 0;
    for (Channel channel : List.of(Channel.EMAIL, Channel.SMS)) {
      done += dispatchDue(channel);
    }
    return done;
  }

  private int dispatchDue(Channel channel) {
    int done = 0;
    while (true) {
      Batch batch =
          QuarkusTransaction.requiringNew()
              .timeout(TRANSACTION_TIMEOUT_SECONDS)
              .call(() -> dispatchBatch(channel));
      done += batch.done();
      if (batch.claimed() < config.batchSize() || batch.failed()) {
        return done;
      }
    }
  }

  private Batch dispatchBatch(Channel channel) {
    Instant now = clock.instant();
    List<DueMessage> due = repository.claimDue(channel, now, config.batchSize());
    int done = 0;
    for (DueMessage message : due) {
      try {
        deliver(message, now);
        done++;
      } catch (RuntimeException e) {
        failed(message, e, clock.instant());
        return new Batch(due.size(), done, true);
      }
    }
    return new Batch(due.size(), done, false);
  }

  private void deliver(DueMessage m, Instant now) {
    String channel = m.channel().name();
    if (m.channel() == Channel.EMAIL) {
      mailer
          .send(
              Mail.withText(m.address(), m.subject(), m.body())
                  .addHeader("Message-ID", messageId(m.id()))
                  .addHeader("Auto-Submitted", "auto-generated"))
          .await()
          .atMost(config.sendTimeout());
      repository.markSent(m.id(), m.address(), now);
    } else {
      Optional<String> phone = phones.phoneOf(m.recipient());
      if (phone.isEmpty()) {
        repository.markSkipped(m.id(), "no phone number");
        registry.counter("notifications.outgoing.skipped", "channel", channel).increment();
        return;
      }
      sms.send(m.congressId(), m.id(), phone.get(), m.body());
      repository.markSent(m.id(), phone.get(), now);
    }
    registry.counter("notifications.outgoing.sent", "channel", channel).increment();
  }

  private void failed(DueMessage m, RuntimeException e, Instant now) {
    String channel = m.channel().name();
    String error =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    int attempts = m.attempts() + 1;
    if (attempts >= config.maxAttempts()) {
      repository.markFailed(m.id(), error);
      registry.counter("notifications.outgoing.failed", "channel", channel).increment();
      LOG.errorf("%s message %s failed %d times, given up: %s", channel, m.id(), attempts, error);
      return;
    }
    Instant retryAt = now.plus(backoff(attempts));
    repository.markRetry(m.id(), error, retryAt);
    registry.counter("notifications.outgoing.retried", "channel", channel).increment();
    LOG.warnf(
        "%s message %s failed (attempt %d), retry at %s: %s",
        channel, m.id(), attempts, retryAt, error);
  }

  /** The pause after the n-th failure: the initial backoff doubled n-1 times, capped. */
  Duration backoff(int failures) {
    Duration pause = config.initialBackoff();
    for (int i = 1; i < failures && pause.compareTo(config.maxBackoff()) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
  }

  /** The Message-ID of an outgoing message: the same for every attempt to send it. */
  public String messageId(UUID id) {
    return "<" + id + "@" + config.messageIdDomain() + ">";
  }

  private record Batch(int claimed, int done, boolean failed) {}
}
