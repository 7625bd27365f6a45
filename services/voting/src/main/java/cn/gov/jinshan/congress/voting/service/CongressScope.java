package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.CongressUpdated;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.domain.CongressCopy;
import cn.gov.jinshan.congress.voting.repository.CongressCopyRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The congresses (issue 9), as in supervision and suggestions: the local copy fed by the deputies
 * service's events, and the deputies service's cross-congress read rule: everyone works in the
 * token's congress; a caller with {@link Roles#CROSS_CONGRESS} also reads the congresses whose
 * parent is their own, never writes there.
 */
@ApplicationScoped
public class CongressScope {
  static final String CONSUMER = "voting.congresses";
  private static final String REGISTERED = EventTypes.typeOf(CongressRegistered.class);
  private static final String UPDATED = EventTypes.typeOf(CongressUpdated.class);

  private final Inbox inbox;
  private final CongressCopyRepository congresses;
  private final CurrentUser user;
  private final Clock clock;

  public CongressScope(
      Inbox inbox, CongressCopyRepository congresses, CurrentUser user, Clock clock) {
    this.inbox = inbox;
    this.congresses = congresses;
    this.user = user;
    this.clock = clock;
  }

  /**
   * Applies one event of congress.deputies.v1.
   *
   * @return false for a redelivery or an event type that does not concern congresses
   * @throws JsonProcessingException when the payload does not match its type (goes to the DLQ)
   */
  @Transactional
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    if (!(REGISTERED.equals(type) || UPDATED.equals(type))
        || !inbox.firstDelivery(CONSUMER, event.id(), type)) {
      return false;
    }
    if (REGISTERED.equals(type)) {
      CongressRegistered c = EventJson.mapper().treeToValue(event.data(), CongressRegistered.class);
      copy(c.congressId()).update(c.name(), c.level(), c.parentCongressId(), clock.instant());
    } else {
      CongressUpdated c = EventJson.mapper().treeToValue(event.data(), CongressUpdated.class);
      copy(c.congressId()).update(c.name(), c.level(), c.parentCongressId(), clock.instant());
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

  /**
   * The level of a congress (DISTRICT or TOWN): its deputies of that level vote in it. A congress
   * not (yet) known here is taken as a district, the platform's default congress.
   */
  @Transactional
  public String level(String congressId) {
    return congresses
        .findByIdOptional(congressId)
        .map(CongressCopy::level)
        .orElse(CongressCopy.DISTRICT);
  }

  /**
   * The congress whose data the caller reads: their own when none is asked for; another one only
   * with the cross-congress role and when it is directly below their own (403 otherwise).
   */
  @Transactional
  public String readable(String requested) {
    String own = user.congressId();
    if (requested == null || requested.isBlank() || requested.equals(own)) {
      return own;
    }
    if (!isBelowOwn(requested)) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    return requested;
  }

  /** Whether the caller may read the data of {@code congressId} (own, or below own when cross). */
  @Transactional
  public boolean visible(String congressId) {
    return congressId.equals(user.congressId()) || isBelowOwn(congressId);
  }

  private boolean isBelowOwn(String congressId) {
    if (!user.hasRole(Roles.CROSS_CONGRESS)) {
      return false;
    }
    CongressCopy target = congresses.findById(congressId);
    return target != null && user.congressId().equals(target.parentId());
  }

  /**
   * The congresses a statistic of {@code congressId} covers: itself, plus its towns when rolled up
   * (only for a cross-congress reader of their own congress).
   */
  @Transactional
  public List<String> covered(String congressId, boolean rollUp) {
    if (!rollUp) {
      return List.of(congressId);
    }
    if (!user.hasRole(Roles.CROSS_CONGRESS) || !congressId.equals(user.congressId())) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    List<String> ids = new ArrayList<>();
    ids.add(congressId);
    congresses.children(congressId).forEach(c -> ids.add(c.id()));
    return List.copyOf(ids);
  }
}
