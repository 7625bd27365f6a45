package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.WebhooksConfig;
import cn.gov.jinshan.congress.notifications.domain.Backoff;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository.Claimed;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository.Outcome;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;

/**
 * Drains the delivery queue: claims the due deliveries (each by one instance, SKIP LOCKED), sends
 * them concurrently with at most {@code concurrency} requests in flight, records every attempt,
 * schedules the failed ones again with backoff (or gives up after a day), and disables the
 * subscriptions whose endpoints keep failing. Rounds follow each other until nothing is due.
 */
@ApplicationScoped
public class WebhookDispatcher {
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

  /**
   * A run ends after this long even if more is due, so that the scheduler's next run takes over.
   */
  private static final Duration LONGEST_RUN = Duration.ofSeconds(30);

  private final WebhookQueue queue;
  private final WebhookSender sender;
  private final WebhookUrlPolicy urls;
  private final WebhookDisabling disabling;
  private final WebhooksConfig config;
  private final Backoff backoff;
  private final Semaphore inFlight;
  private final Clock clock;

  public WebhookDispatcher(
      WebhookQueue queue,
      WebhookSender sender,
      WebhookUrlPolicy urls,
      WebhookDisabling disabling,
      WebhooksConfig config,
      Clock clock) {
    this.queue = queue;
    this.sender = sender;
    this.urls = urls;
    this.disabling = disabling;
    this.config = config;
    this.backoff = new Backoff(config.retry().firstDelay(), config.retry().maxDelay());
    this.inFlight = new Semaphore(config.concurrency());
    this.clock = clock;
  }

  @Scheduled(
      identity = "webhook-dispatcher",
      every = "${notifications.webhooks.dispatch-every:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void run() {
    long ends = System.nanoTime() + LONGEST_RUN.toNanos();
    while (dispatchRound() == config.batchSize() && System.nanoTime() < ends) {
      // a full batch: more may be due at once
    }
    for (UUID left :
        queue.dueForDisabling(config.disableAfterFailures(), config.disableAfterFailingFor())) {
      disable(left);
    }
  }

  /**
   * One round: claim, send, record.
   *
   * @return the deliveries claimed
   */
  public int dispatchRound() {
    Instant now = clock.instant();
    List<Claimed> claimed = queue.claim(now, now.plus(config.lease()), config.batchSize());
    if (claimed.isEmpty()) {
      return 0;
    }
    Map<UUID, String> secrets =
        queue.secrets(new LinkedHashSet<>(claimed.stream().map(Claimed::subscriptionId).toList()));
    Map<String, Optional<String>> refusals = new HashMap<>();
    List<CompletableFuture<WebhookSender.Result>> results = new ArrayList<>(claimed.size());
    for (Claimed delivery : claimed) {
      String host = URI.create(delivery.url()).getHost();
      Optional<String> refusal = refusals.computeIfAbsent(host, urls::refusalAtDelivery);
      if (refusal.isPresent()) {
        results.add(CompletableFuture.completedFuture(sender.refused(refusal.get())));
        continue;
      }
      inFlight.acquireUninterruptibly();
      CompletableFuture<WebhookSender.Result> sent =
          sender.send(delivery, secrets.get(delivery.subscriptionId()));
      sent.whenComplete((r, e) -> inFlight.release());
      results.add(sent);
    }
    CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).join();

    Instant after = clock.instant();
    List<Outcome> outcomes = new ArrayList<>(claimed.size());
    Map<UUID, Boolean> roundSucceeded = new HashMap<>();
    for (int i = 0; i < claimed.size(); i++) {
      Claimed d = claimed.get(i);
      WebhookSender.Result r = results.get(i).join();
      roundSucceeded.merge(d.subscriptionId(), r.delivered(), Boolean::logicalOr);
      outcomes.add(outcome(d, r, after));
    }
    List<UUID> reached =
        queue.record(
            outcomes,
            roundSucceeded,
            config.disableAfterFailures(),
            config.disableAfterFailingFor());
    for (UUID subscription : reached) {
      disable(subscription);
    }
    return claimed.size();
  }

  private Outcome outcome(Claimed d, WebhookSender.Result r, Instant now) {
    if (r.delivered()) {
      return new Outcome(
          d.seq(),
          d.attempt(),
          d.congressId(),
          r.startedAt(),
          r.durationMs(),
          r.statusCode(),
          null,
          "DELIVERED",
          now,
          now);
    }
    Optional<Instant> next = backoff.next(d.attempt(), now, d.giveUpAt());
    return new Outcome(
        d.seq(),
        d.attempt(),
        d.congressId(),
        r.startedAt(),
        r.durationMs(),
        r.statusCode(),
        r.error(),
        next.isPresent() ? "PENDING" : "FAILED",
        next.orElse(now),
        null);
  }

  private void disable(UUID subscription) {
    try {
      if (disabling.disable(subscription)) {
        LOG.warnf("webhook subscription %s disabled after repeated failures", subscription);
      }
    } catch (RuntimeException e) {
      // stays enabled with its count; the next run tries again
      LOG.warnf(e, "could not disable webhook subscription %s yet", subscription);
    }
  }
}
