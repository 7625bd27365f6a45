package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.WebhooksConfig;
import cn.gov.jinshan.congress.notifications.domain.StandardWebhooks;
import cn.gov.jinshan.congress.notifications.domain.WebhookEventType;
import cn.gov.jinshan.congress.notifications.query.WebhookDeliveryRow;
import cn.gov.jinshan.congress.notifications.query.WebhookSubscriptionRow;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A department's webhook subscriptions and their delivery logs. Each caller sees and changes only
 * the subscriptions of its own department ({@code department_id}) in its own congress; any other is
 * absent for it (404).
 */
@ApplicationScoped
public class WebhookSubscriptions {
  private final WebhookRepository repository;
  private final WebhookUrlPolicy urls;
  private final SecretBox secrets;
  private final CurrentUser currentUser;
  private final WebhooksConfig config;
  private final Clock clock;

  public WebhookSubscriptions(
      WebhookRepository repository,
      WebhookUrlPolicy urls,
      SecretBox secrets,
      CurrentUser currentUser,
      WebhooksConfig config,
      Clock clock) {
    this.repository = repository;
    this.urls = urls;
    this.secrets = secrets;
    this.currentUser = currentUser;
    this.config = config;
    this.clock = clock;
  }

  /** A new subscription with its secret, which is shown this once. */
  public record Created(WebhookSubscriptionRow subscription, String secret) {}

  @Transactional
  public Created create(CreateWebhookSubscription request) {
    String department = department();
    String url = urls.accept(request.url()).toString();
    LinkedHashSet<String> types = new LinkedHashSet<>();
    for (String type : request.eventTypes()) {
      types.add(
          WebhookEventType.ofWireName(type.trim())
              .orElseThrow(() -> ProblemException.badRequest("webhook.event-type.unknown", type))
              .wireName());
    }
    String secret = StandardWebhooks.newSecret();
    WebhookSubscriptionRow row =
        new WebhookSubscriptionRow(
            UUID.randomUUID(),
            currentUser.congressId(),
            department,
            url,
            List.copyOf(types),
            clock.instant(),
            0,
            null,
            null);
    repository.insertSubscription(row, secrets.seal(secret), currentUser.subject());
    return new Created(row, secret);
  }

  @Transactional
  public List<WebhookSubscriptionRow> list() {
    return repository.subscriptions(currentUser.congressId(), department());
  }

  @Transactional
  public WebhookSubscriptionRow get(UUID id) {
    return repository
        .subscription(currentUser.congressId(), department(), id)
        .orElseThrow(() -> ProblemException.notFound("webhook-subscription", id));
  }

  @Transactional
  public void delete(UUID id) {
    repository.deleteSubscription(get(id).id());
  }

  /** Enables a disabled subscription again; the deliveries that waited become due at once. */
  @Transactional
  public WebhookSubscriptionRow reactivate(UUID id) {
    repository.enable(get(id).id(), clock.instant());
    return get(id);
  }

  /** A page of the delivery log, newest first. */
  @Transactional
  public List<WebhookDeliveryRow> deliveries(UUID id, Long afterSeq, int fetch) {
    return repository.deliveries(get(id).id(), afterSeq, fetch);
  }

  /** Sends a delivery again, whatever came of it before, with the same webhook-id. */
  @Transactional
  public WebhookDeliveryRow redeliver(UUID id, UUID deliveryId) {
    UUID subscription = get(id).id();
    repository
        .delivery(subscription, deliveryId)
        .orElseThrow(() -> ProblemException.notFound("webhook-delivery", deliveryId));
    Instant now = clock.instant();
    repository.redeliver(deliveryId, now, now.plus(config.retry().giveUpAfter()));
    return repository.delivery(subscription, deliveryId).orElseThrow();
  }

  private String department() {
    return currentUser
        .departmentId()
        .orElseThrow(() -> ProblemException.forbidden("webhook.department-required"));
  }
}
