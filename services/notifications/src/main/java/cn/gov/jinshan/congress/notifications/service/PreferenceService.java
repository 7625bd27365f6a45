package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.PreferenceDefaults;
import cn.gov.jinshan.congress.notifications.domain.Preferences;
import cn.gov.jinshan.congress.notifications.domain.QuietHours;
import cn.gov.jinshan.congress.notifications.repository.PreferenceRepository;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/** A person's own preferences: those stored, else the configured defaults (version 0). */
@ApplicationScoped
public class PreferenceService {
  private final PreferenceRepository repository;
  private final PreferenceDefaults defaults;
  private final Clock clock;

  public PreferenceService(
      PreferenceRepository repository, PreferenceDefaults defaults, Clock clock) {
    this.repository = repository;
    this.defaults = defaults;
    this.clock = clock;
  }

  public Preferences of(String personId, String congressId) {
    return repository.find(personId, congressId).orElseGet(this::defaults);
  }

  /**
   * Replaces the person's preferences; {@code ifMatch} must name the version they read (428 when
   * missing, 412 when stale, 409 when another write won the race after the check).
   */
  @Transactional
  public Preferences replace(
      String personId, String congressId, Preferences wanted, String ifMatch) {
    Preferences current = of(personId, congressId);
    Etags.requireMatch(ifMatch, current.version());
    if (!repository.save(personId, congressId, wanted, current.version(), clock.instant())) {
      throw new ProblemException(ProblemKind.CONCURRENT_MODIFICATION, "concurrent-modification");
    }
    return repository.find(personId, congressId).orElseThrow();
  }

  private Preferences defaults() {
    QuietHours quiet =
        defaults.quietFrom().isPresent() && defaults.quietUntil().isPresent()
            ? new QuietHours(defaults.quietFrom().get(), defaults.quietUntil().get())
            : null;
    return new Preferences(defaults.channels(), Map.of(), defaults.dailyDigest(), quiet, 0);
  }
}
