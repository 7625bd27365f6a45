package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.WebhooksConfig;
import cn.gov.jinshan.congress.notifications.query.WebhookSubscriptionRow;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Disables a subscription whose endpoint failed too many rounds in a row, and tells the
 * department's people and the congress's administrators, in one transaction: a subscription is
 * never disabled without their being told. When telling fails (the directory is down), the
 * subscription stays enabled with its count, and the next round tries again.
 */
@ApplicationScoped
public class WebhookDisabling {
  static final String KIND = "WEBHOOK_DISABLED";

  private final WebhookRepository repository;
  private final Notifier notifier;
  private final WebhooksConfig config;
  private final Clock clock;

  public WebhookDisabling(
      WebhookRepository repository, Notifier notifier, WebhooksConfig config, Clock clock) {
    this.repository = repository;
    this.notifier = notifier;
    this.config = config;
    this.clock = clock;
  }

  /**
   * @return whether this call disabled it
   */
  @Transactional
  public boolean disable(UUID subscriptionId) {
    WebhookSubscriptionRow s = repository.subscription(subscriptionId).orElse(null);
    if (s == null) {
      return false;
    }
    int threshold = config.disableAfterFailures();
    Instant now = clock.instant();
    String reason =
        "failed "
            + threshold
            + " dispatch rounds in a row over at least "
            + config.disableAfterFailingFor();
    if (!repository.disable(
        subscriptionId, threshold, config.disableAfterFailingFor(), reason, now)) {
      return false;
    }
    notifier.announce(
        new Announcement(
            "webhook-disabled:" + subscriptionId + ":" + now.toEpochMilli(),
            KIND,
            s.congressId(),
            null,
            Map.of(
                "subscriptionId", subscriptionId.toString(),
                "url", s.url(),
                "departmentId", s.departmentId(),
                "failures", Integer.toString(threshold),
                "reason", reason),
            List.of(
                new Party(Party.Kind.DEPARTMENT, s.departmentId()),
                new Party(Party.Kind.ADMINS, s.congressId()))));
    return true;
  }
}
