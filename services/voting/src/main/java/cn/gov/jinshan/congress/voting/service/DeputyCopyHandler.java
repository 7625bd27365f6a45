package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import cn.gov.jinshan.congress.voting.repository.DeputyCopyRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the local copy of deputies (who is entitled to vote) from the deputies context's events.
 * Each event has its effect once: the inbox row and the change commit together.
 */
@ApplicationScoped
public class DeputyCopyHandler {
  static final String CONSUMER = "voting.deputies";
  private static final String REGISTERED = EventTypes.typeOf(DeputyRegistered.class);
  private static final String UPDATED = EventTypes.typeOf(DeputyUpdated.class);
  private static final String STATUS = EventTypes.typeOf(DeputyStatusChanged.class);

  /** The event types this handler applies (the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(REGISTERED, UPDATED, STATUS);

  private final Inbox inbox;
  private final DeputyCopyRepository copies;

  public DeputyCopyHandler(Inbox inbox, DeputyCopyRepository copies) {
    this.inbox = inbox;
    this.copies = copies;
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
    if (!relevant || !inbox.firstDelivery(CONSUMER, event.id(), type)) {
      return false;
    }
    if (REGISTERED.equals(type)) {
      DeputyRegistered d = EventJson.mapper().treeToValue(event.data(), DeputyRegistered.class);
      UUID id = UUID.fromString(d.deputyId());
      DeputyCopy copy = copies.findById(id);
      if (copy == null) {
        copies.persist(DeputyCopy.of(id, d.congressId(), d.name(), d.level(), d.status()));
      } else {
        copy.update(d.congressId(), d.name(), d.level());
        copy.changeStatus(d.status());
      }
    } else if (UPDATED.equals(type)) {
      DeputyUpdated d = EventJson.mapper().treeToValue(event.data(), DeputyUpdated.class);
      require(d.deputyId()).update(d.congressId(), d.name(), d.level());
    } else {
      DeputyStatusChanged d =
          EventJson.mapper().treeToValue(event.data(), DeputyStatusChanged.class);
      require(d.deputyId()).changeStatus(d.status());
    }
    return true;
  }

  /** An update of a deputy never registered here is a gap in the stream: fail, to the DLQ. */
  private DeputyCopy require(String deputyId) {
    DeputyCopy copy = copies.findById(UUID.fromString(deputyId));
    if (copy == null) {
      throw new IllegalStateException("no local copy of deputy " + deputyId);
    }
    return copy;
  }
}
