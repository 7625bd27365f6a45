package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.OutgoingConfig;
import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.OutgoingState;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository.DigestItem;
import cn.gov.jinshan.congress.notifications.repository.OutgoingMessageRepository.NewMessage;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The daily digest: at {@code notifications.outgoing.digest-at} (local time) the mails that waited
 * for it (of the people who chose it, and of the kinds whose rule mails as DIGEST) become one mail
 * per person listing them. The items and the digest change in one transaction under row locks, so
 * an item goes into exactly one digest, and one instance collects at a time (an advisory lock), so
 * a person gets one digest per day. The digest itself is an outgoing mail like the others: quiet
 * hours, retries, Message-ID.
 */
@ApplicationScoped
public class DailyDigest {
  private static final int MAX_ITEMS_PER_RUN = 5_000;

  private final OutgoingMessageRepository repository;
  private final PreferenceService preferences;
  private final MailComposer composer;
  private final OutgoingConfig config;
  private final PlatformZone zone;
  private final Clock clock;

  public DailyDigest(
      OutgoingMessageRepository repository,
      PreferenceService preferences,
      MailComposer composer,
      OutgoingConfig config,
      PlatformZone zone,
      Clock clock) {
    this.repository = repository;
    this.preferences = preferences;
    this.composer = composer;
    this.config = config;
    this.zone = zone;
    this.clock = clock;
  }

  @Scheduled(
      identity = "notifications-daily-digest",
      every = "${notifications.outgoing.digest-check-every:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    collect();
  }

  /**
   * Turns the items written up to the latest digest time into digest mails.
   *
   * @return how many digest mails were written
   */
  public int collect() {
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(zone.id());
    LocalDate day =
        local.toLocalTime().isBefore(config.digestAt())
            ? local.toLocalDate().minusDays(1)
            : local.toLocalDate();
    Instant cutoff = day.atTime(config.digestAt()).atZone(zone.id()).toInstant();
    return QuarkusTransaction.requiringNew().call(() -> collect(day, cutoff, now));
  }

  private int collect(LocalDate day, Instant cutoff, Instant now) {
    if (!repository.lockDigestRun()) {
      return 0;
    }
    Map<String, List<DigestItem>> perPerson = new LinkedHashMap<>();
    for (DigestItem item : repository.claimDigestItems(cutoff, MAX_ITEMS_PER_RUN)) {
      perPerson
          .computeIfAbsent(item.congressId() + "|" + item.recipient(), k -> new ArrayList<>())
          .add(item);
    }
    for (List<DigestItem> items : perPerson.values()) {
      DigestItem first = items.get(0);
      UUID digestId = UUID.randomUUID();
      MailComposer.Composed mail =
          composer.digest(
              day,
              items.stream().map(i -> new MailComposer.DigestLine(i.subject(), i.link())).toList());
      Preferences chosen = preferences.of(first.recipient(), first.congressId());
      Instant release =
          chosen.quietHours() == null ? now : chosen.quietHours().release(now, zone.id());
      repository.insertOnce(
          new NewMessage(
              digestId,
              first.congressId(),
              "digest:" + day + ":" + digestId,
              first.recipient(),
              Channel.EMAIL,
              MailComposer.DIGEST_KIND,
              null,
              first.address(),
              mail.subject(),
              mail.body(),
              mail.link(),
              OutgoingState.PENDING,
              release,
              now,
              null));
      repository.markDigested(items.stream().map(DigestItem::id).toList(), digestId);
    }
    return perPerson.size();
  }
}
