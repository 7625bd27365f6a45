package cn.gov.jinshan.congress.platform.congress;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.CongressDetails;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.CongressUpdated;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The congresses as a service sees them: the local copy in its {@code congress_copy} table (its own
 * migration; id, name, level, parent_id, current_term, current_session, version, updated_at), the
 * one copy of congresses every service keeps the same way, fed by CongressRegistered /
 * CongressUpdated of congress.deputies.v1 through the Inbox as {@code <application>.congresses};
 * and the deputies service's cross-congress read rule: everyone works in the token's congress, a
 * caller with {@link Roles#CROSS_CONGRESS} also reads the congresses whose parent is their own and
 * never writes there.
 *
 * <p>Only services that create the table use this bean (a service without it never calls it).
 */
@ApplicationScoped
public class CongressScope {
  public static final String DISTRICT = "DISTRICT";
  private static final String REGISTERED = EventTypes.typeOf(CongressRegistered.class);
  private static final String UPDATED = EventTypes.typeOf(CongressUpdated.class);

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(REGISTERED, UPDATED);

  private final Inbox inbox;
  private final EntityManager entityManager;
  private final CurrentUser user;
  private final Clock clock;
  private final String consumer;

  public CongressScope(
      Inbox inbox,
      EntityManager entityManager,
      CurrentUser user,
      Clock clock,
      @ConfigProperty(name = "quarkus.application.name") String application) {
    this.inbox = inbox;
    this.entityManager = entityManager;
    this.user = user;
    this.clock = clock;
    this.consumer = application + ".congresses";
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
    if (!TYPES.contains(type) || !inbox.firstDelivery(consumer, event.id(), type)) {
      return false;
    }
    Class<? extends CongressDetails> payload =
        REGISTERED.equals(type) ? CongressRegistered.class : CongressUpdated.class;
    CongressDetails c = EventJson.mapper().treeToValue(event.data(), payload);
    copy(
        new Congress(
            c.congressId(),
            c.name(),
            c.level(),
            c.parentCongressId(),
            c.currentTerm(),
            c.currentSession()));
    return true;
  }

  private void copy(Congress c) {
    if (c.id() == null || c.id().isBlank()) {
      throw new IllegalArgumentException("congress event without congressId");
    }
    entityManager
        .createNativeQuery(
            "INSERT INTO congress_copy (id, name, level, parent_id, current_term, current_session,"
                + " version, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7)"
                + " ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,"
                + " parent_id = EXCLUDED.parent_id, current_term = EXCLUDED.current_term,"
                + " current_session = EXCLUDED.current_session,"
                + " version = congress_copy.version + 1, updated_at = EXCLUDED.updated_at")
        .setParameter(1, c.id())
        .setParameter(2, c.name())
        .setParameter(3, c.level())
        .setParameter(4, c.parentId())
        .setParameter(5, c.currentTerm())
        .setParameter(6, c.currentSession())
        .setParameter(7, clock.instant())
        .executeUpdate();
  }

  /** The copy of a congress; empty when no event has told this service about it. */
  @Transactional
  public Optional<Congress> find(String congressId) {
    List<?> found =
        entityManager
            .createNativeQuery(
                "SELECT id, name, level, parent_id, current_term, current_session"
                    + " FROM congress_copy WHERE id = ?1")
            .setParameter(1, congressId)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) found.get(0);
    return Optional.of(
        new Congress(
            (String) row[0],
            (String) row[1],
            (String) row[2],
            (String) row[3],
            (Integer) row[4],
            (Integer) row[5]));
  }

  /** The towns of a district congress, by id (none for a town or an unknown congress). */
  @Transactional
  public List<String> towns(String congressId) {
    List<?> ids =
        entityManager
            .createNativeQuery("SELECT id FROM congress_copy WHERE parent_id = ?1 ORDER BY id")
            .setParameter(1, congressId)
            .getResultList();
    return ids.stream().map(String.class::cast).toList();
  }

  /** The congress the caller works in (writes always go there). */
  public String own() {
    return user.congressId();
  }

  /**
   * The level of a congress (DISTRICT or TOWN). A congress not (yet) known here is taken as a
   * district, the platform's default congress.
   */
  @Transactional
  public String level(String congressId) {
    return column("level", congressId).orElse(DISTRICT);
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
    return user.hasRole(Roles.CROSS_CONGRESS)
        && column("parent_id", congressId).filter(user.congressId()::equals).isPresent();
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
    ids.addAll(towns(congressId));
    return List.copyOf(ids);
  }

  /** One column of a congress's copy, empty when unknown or NULL; {@code column} is a literal. */
  private Optional<String> column(String column, String congressId) {
    List<?> found =
        entityManager
            .createNativeQuery("SELECT " + column + " FROM congress_copy WHERE id = ?1")
            .setParameter(1, congressId)
            .getResultList();
    // a list, not a stream: the column may be NULL (a district has no parent)
    return found.isEmpty() ? Optional.empty() : Optional.ofNullable((String) found.get(0));
  }
}
