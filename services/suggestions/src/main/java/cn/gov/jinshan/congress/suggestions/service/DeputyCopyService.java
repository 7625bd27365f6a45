package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.repository.DeputyCopyRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Keeps the local copy of deputies from the deputies service's events, each event once. */
@ApplicationScoped
public class DeputyCopyService {
  static final String CONSUMER = "suggestions.deputies";
  private static final String REGISTERED = EventTypes.typeOf(DeputyRegistered.class);
  private static final String UPDATED = EventTypes.typeOf(DeputyUpdated.class);
  private static final String STATUS = EventTypes.typeOf(DeputyStatusChanged.class);

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(REGISTERED, UPDATED, STATUS);

  private final Inbox inbox;
  private final DeputyCopyRepository copies;
  private final Clock clock;

  public DeputyCopyService(Inbox inbox, DeputyCopyRepository copies, Clock clock) {
    this.inbox = inbox;
    this.copies = copies;
    this.clock = clock;
  }

  /**
   * Applies one event.
   *
   * @return false for a redelivery or an event type that does not concern the copy
   * @throws JsonProcessingException when the payload does not match its type (goes to the DLQ; the
   *     inbox row rolls back with the rest, so the event is not taken as processed)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public boolean apply(EventEnvelope event) throws JsonProcessingException {
    String type = event.type();
    boolean relevant = TYPES.contains(type);
    if (!relevant) {
      return false;
    }
    if (!inbox.firstDelivery(CONSUMER, event.id(), type)) {
      linkUserOnRedelivery(event);
      return false;
    }
    if (REGISTERED.equals(type)) {
      DeputyRegistered d = EventJson.mapper().treeToValue(event.data(), DeputyRegistered.class);
      DeputyCopy copy = copy(d.deputyId(), d.congressId());
      copy.update(d.name(), d.delegationId(), d.delegationName(), clock.instant());
      copy.changeStatus(d.status(), clock.instant());
      copy.linkUser(d.userSubject());
    } else if (UPDATED.equals(type)) {
      DeputyUpdated d = EventJson.mapper().treeToValue(event.data(), DeputyUpdated.class);
      DeputyCopy copy = copy(d.deputyId(), d.congressId());
      copy.update(d.name(), d.delegationId(), d.delegationName(), clock.instant());
      copy.linkUser(d.userSubject());
    } else {
      DeputyStatusChanged d =
          EventJson.mapper().treeToValue(event.data(), DeputyStatusChanged.class);
      copy(d.deputyId(), d.congressId()).changeStatus(d.status(), clock.instant());
    }
    return true;
  }

  /**
   * The user behind a membership (V3) never changes once known, so a redelivery or a replay of the
   * topic may fill it in where the first delivery came before the column existed.
   */
  private void linkUserOnRedelivery(EventEnvelope event) throws JsonProcessingException {
    String deputyId;
    String subject;
    if (REGISTERED.equals(event.type())) {
      DeputyRegistered d = EventJson.mapper().treeToValue(event.data(), DeputyRegistered.class);
      deputyId = d.deputyId();
      subject = d.userSubject();
    } else if (UPDATED.equals(event.type())) {
      DeputyUpdated d = EventJson.mapper().treeToValue(event.data(), DeputyUpdated.class);
      deputyId = d.deputyId();
      subject = d.userSubject();
    } else {
      return;
    }
    DeputyCopy copy = deputyId == null ? null : copies.findById(UUID.fromString(deputyId));
    if (copy != null && copy.userSubject() == null) {
      copy.linkUser(subject);
    }
  }

  private DeputyCopy copy(String deputyId, String congressId) {
    UUID id = UUID.fromString(deputyId);
    DeputyCopy copy = copies.findById(id);
    if (copy == null) {
      copy = DeputyCopy.of(id, congressId, clock.instant());
      copies.persist(copy);
    }
    return copy;
  }

  @Transactional
  public java.util.Optional<DeputyCopy> find(String congressId, UUID id) {
    return copies.findInCongress(congressId, id);
  }
}
