package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.repository.DeputyCopyRepository;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The people told what only voters need to hear (a ballot opened, its check-in, its result, the
 * year-end rating): the deputy logins of the congress whose deputy id names one of its ACTIVE
 * deputies of the congress's own level in this service's copy. That is the voting service's rule of
 * who is entitled (its {@code EntitledVoters}), read through the same link it uses: the {@code
 * deputy_id} of the login's tokens. A suspended or terminated deputy, or one of another level (a
 * town deputy registered in the district), is not told; a deputy whose status changes later is
 * judged again only by the next event.
 *
 * <p>Ordering between the topics: a ballot's event may be read before the deputies' events that
 * fill the copy (a fresh start reads both topics from the beginning, side by side). When the
 * directory names deputies of the congress but the copy knows none of them at all, the copy is not
 * filled yet, not empty: {@link DeputiesNotKnownYet} makes the event wait like an unavailable
 * directory, so it is neither told to nobody nor to everyone. A congress without deputy logins has
 * nobody to tell and never waits.
 *
 * <p>The wait is bounded ({@code notifications.entitled.copy-wait}): a copy that stays empty is not
 * filling (the deputies' registrations left the topic before this service first read it), and
 * waiting on would hold every later voting notice back. After the bound the congress's deputy
 * logins are told, with a warning: the notices deputies had before the copy existed, rather than
 * none.
 */
@ApplicationScoped
public class EntitledDeputies {
  private static final Logger LOG = Logger.getLogger(EntitledDeputies.class);

  private final Directory directory;
  private final DeputyCopyRepository copies;
  private final CongressScope congresses;
  private final Duration copyWait;
  private final Clock clock;

  /** Since when an event of each congress waits for a copy that knows none of its deputies. */
  private final Map<String, Instant> waitingSince = new ConcurrentHashMap<>();

  public EntitledDeputies(
      Directory directory,
      DeputyCopyRepository copies,
      CongressScope congresses,
      @ConfigProperty(name = "notifications.entitled.copy-wait", defaultValue = "10M")
          Duration copyWait,
      Clock clock) {
    this.directory = directory;
    this.copies = copies;
    this.congresses = congresses;
    this.copyWait = copyWait;
    this.clock = clock;
  }

  /**
   * The entitled deputies' people in {@code congressId}, each once.
   *
   * @throws DeputiesNotKnownYet when the copy knows no deputy of the congress yet
   * @throws DirectoryUnavailable when the directory cannot answer
   */
  @Transactional
  public List<Person> of(String congressId) {
    List<DeputyAccount> accounts = directory.deputies(congressId);
    if (accounts.isEmpty()) {
      return List.of();
    }
    if (!copies.knowsAnyOf(congressId)) {
      Instant now = clock.instant();
      Instant since = waitingSince.computeIfAbsent(congressId, c -> now);
      if (now.isBefore(since.plus(copyWait))) {
        throw new DeputiesNotKnownYet(congressId);
      }
      LOG.warnf(
          "the copy of the deputies still knows none of congress %s after %s: its %d deputy logins"
              + " are told, entitled or not; announce its deputies again (congress.deputies.v1)",
          congressId, copyWait, accounts.size());
      return accounts.stream().map(DeputyAccount::person).distinct().toList();
    }
    waitingSince.remove(congressId);
    Set<UUID> entitled = copies.entitledIds(congressId, congresses.level(congressId));
    return accounts.stream()
        .filter(a -> deputyId(a).filter(entitled::contains).isPresent())
        .map(DeputyAccount::person)
        .distinct()
        .toList();
  }

  private static Optional<UUID> deputyId(DeputyAccount account) {
    try {
      return account.deputyId() == null
          ? Optional.empty()
          : Optional.of(UUID.fromString(account.deputyId().strip()));
    } catch (IllegalArgumentException e) {
      // an attribute that is no deputy id names no deputy of the copy
      return Optional.empty();
    }
  }
}
