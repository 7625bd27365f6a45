package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.CongressUpdated;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig;
import cn.gov.jinshan.congress.suggestions.domain.CongressCopy;
import cn.gov.jinshan.congress.suggestions.repository.CongressCopyRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The local copy of the congresses and the term and session that number a congress's registrations
 * (configuration when the congress is not known here). The cross-congress read rule over the same
 * table is the platform's {@link cn.gov.jinshan.congress.platform.congress.CongressScope}.
 */
@ApplicationScoped
public class CongressCopyService {
  static final String CONSUMER = "suggestions.congresses";
  private static final String REGISTERED = EventTypes.typeOf(CongressRegistered.class);
  private static final String UPDATED = EventTypes.typeOf(CongressUpdated.class);

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(REGISTERED, UPDATED);

  private final Inbox inbox;
  private final CongressCopyRepository congresses;
  private final SuggestionsConfig config;
  private final Clock clock;

  public CongressCopyService(
      Inbox inbox, CongressCopyRepository congresses, SuggestionsConfig config, Clock clock) {
    this.inbox = inbox;
    this.congresses = congresses;
    this.config = config;
    this.clock = clock;
  }

  /**
   * Applies one event of congress.deputies.v1.
   *
   * @return false for a redelivery or an event type that does not concern congresses
   * @throws JsonProcessingException when the payload does not match its type (goes to the DLQ; the
   *     inbox row rolls back with the rest, so the event is not taken as processed)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    boolean relevant = TYPES.contains(type);
    if (!relevant || !inbox.firstDelivery(CONSUMER, event.id(), type)) {
      return false;
    }
    if (REGISTERED.equals(type)) {
      CongressRegistered c = EventJson.mapper().treeToValue(event.data(), CongressRegistered.class);
      copy(c.congressId())
          .update(
              c.name(),
              c.level(),
              c.parentCongressId(),
              c.currentTerm(),
              c.currentSession(),
              clock.instant());
    } else {
      CongressUpdated c = EventJson.mapper().treeToValue(event.data(), CongressUpdated.class);
      copy(c.congressId())
          .update(
              c.name(),
              c.level(),
              c.parentCongressId(),
              c.currentTerm(),
              c.currentSession(),
              clock.instant());
    }
    return true;
  }

  private CongressCopy copy(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("congress event without congressId");
    }
    CongressCopy copy = congresses.findById(id);
    if (copy == null) {
      copy = CongressCopy.of(id, clock.instant());
      congresses.persist(copy);
    }
    return copy;
  }

  @Transactional
  public Optional<CongressCopy> find(String id) {
    return congresses.findByIdOptional(id);
  }

  /** The current {term, session} of a congress; configuration's when it is not known here. */
  @Transactional
  public int[] currentTermAndSession(String congressId) {
    return congresses
        .findByIdOptional(congressId)
        .map(c -> new int[] {c.currentTerm(), c.currentSession()})
        .orElseGet(() -> new int[] {config.currentTerm(), config.currentSession()});
  }

  /** The towns of a district congress (none for a town or an unknown congress). */
  @Transactional
  public List<String> towns(String congressId) {
    return congresses.children(congressId).stream().map(CongressCopy::id).toList();
  }
}
