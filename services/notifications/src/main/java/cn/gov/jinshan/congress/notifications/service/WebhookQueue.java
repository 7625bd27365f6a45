package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.repository.WebhookRepository;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository.Claimed;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The delivery queue's transactions: each claim and each round's outcomes commit on their own. */
@ApplicationScoped
public class WebhookQueue {
  private final WebhookRepository repository;
  private final SecretBox secrets;

  public WebhookQueue(WebhookRepository repository, SecretBox secrets) {
    this.repository = repository;
    this.secrets = secrets;
  }

  @Transactional
  public List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
    return repository.claimDue(now, leaseUntil, limit);
  }

  /** The signing secrets of the given subscriptions, decrypted. */
  @Transactional
  public Map<UUID, String> secrets(Collection<UUID> subscriptionIds) {
    Map<UUID, String> sealed = repository.secretsOf(subscriptionIds);
    sealed.replaceAll((id, secret) -> secrets.open(secret));
    return sealed;
  }

  /**
   * @return the subscriptions that have now failed often enough in a row to be disabled
   */
  @Transactional
  public List<UUID> record(
      List<Outcome> outcomes,
      Map<UUID, Boolean> roundSucceeded,
      int threshold,
      Duration failingFor) {
    return repository.recordOutcomes(outcomes, roundSucceeded, threshold, failingFor);
  }

  @Transactional
  public List<UUID> dueForDisabling(int threshold, Duration failingFor) {
    return repository.dueForDisabling(threshold, failingFor);
  }
}
