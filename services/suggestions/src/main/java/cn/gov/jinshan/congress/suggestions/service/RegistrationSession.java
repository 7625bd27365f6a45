package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The term and session that number a congress's registrations: the current ones of the congress's
 * copy (the platform's {@link CongressScope}), configuration's when the congress is not known here.
 */
@ApplicationScoped
public class RegistrationSession {
  private final CongressScope congresses;
  private final SuggestionsConfig config;

  public RegistrationSession(CongressScope congresses, SuggestionsConfig config) {
    this.congresses = congresses;
    this.config = config;
  }

  /** The current {term, session} of a congress. */
  public int[] current(String congressId) {
    return congresses
        .find(congressId)
        .filter(c -> c.currentTerm() != null && c.currentSession() != null)
        .map(c -> new int[] {c.currentTerm(), c.currentSession()})
        .orElseGet(() -> new int[] {config.currentTerm(), config.currentSession()});
  }
}
