package cn.gov.jinshan.congress.platform.copies;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.DeputyDetails;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyStatusChanged;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.platform.inbox.Inbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps a service's copy of the deputies from the deputy events of congress.deputies.v1, each event
 * once (the Inbox as {@code <application>.deputies}): a DeputyRegistered inserts the membership or
 * overwrites a known one, status included; a DeputyUpdated changes its directory data; a
 * DeputyStatusChanged its status (a deputy leaves the copy's ACTIVE ones this way, never by
 * deletion). The events carry no version: they are keyed by deputy, so one deputy's come in order
 * within their partition, and each applies on top of the one before.
 */
@ApplicationScoped
public class DeputyCopies {
  private static final String REGISTERED = EventTypes.typeOf(DeputyRegistered.class);
  private static final String UPDATED = EventTypes.typeOf(DeputyUpdated.class);
  private static final String STATUS = EventTypes.typeOf(DeputyStatusChanged.class);

  /** The event types applied here (part of the consumer's {@code congress.event-types}). */
  public static final Set<String> TYPES = Set.of(REGISTERED, UPDATED, STATUS);

  private final Inbox inbox;
  private final String consumer;

  public DeputyCopies(
      Inbox inbox, @ConfigProperty(name = "quarkus.application.name") String application) {
    this.inbox = inbox;
    this.consumer = application + ".deputies";
  }

  /**
   * Applies one event of congress.deputies.v1 to {@code table}.
   *
   * @return false for a redelivery or an event type that does not concern deputies
   * @throws JsonProcessingException when the payload does not match its type (goes to the DLQ; the
   *     inbox row rolls back with the rest, so the event is not taken as processed)
   */
  @Transactional(rollbackOn = JsonProcessingException.class)
  public <R> boolean apply(EventEnvelope event, DeputyCopyTable<R> table)
      throws JsonProcessingException {
    String type = event.type();
    if (!TYPES.contains(type)) {
      return false;
    }
    if (!inbox.firstDelivery(consumer, event.id(), type)) {
      redelivered(event, table);
      return false;
    }
    firstDelivery(event, table);
    return true;
  }

  /** The change one deputy event makes the first time it comes. */
  static <R> void firstDelivery(EventEnvelope event, DeputyCopyTable<R> table)
      throws JsonProcessingException {
    String type = event.type();
    if (REGISTERED.equals(type)) {
      DeputyRegistered d = read(event, DeputyRegistered.class);
      DeputyFacts facts = facts(d);
      Optional<R> known = table.find(facts.id());
      if (known.isEmpty()) {
        table.insert(facts, d.status());
      } else {
        table.update(known.get(), facts);
        table.changeStatus(known.get(), d.status());
      }
    } else if (UPDATED.equals(type)) {
      DeputyFacts facts = facts(read(event, DeputyUpdated.class));
      table.update(row(table, facts.id(), facts.congressId()), facts);
    } else if (STATUS.equals(type)) {
      DeputyStatusChanged d = read(event, DeputyStatusChanged.class);
      table.changeStatus(row(table, UUID.fromString(d.deputyId()), d.congressId()), d.status());
    }
  }

  /** What a redelivered DeputyRegistered or DeputyUpdated hands its known row. */
  static <R> void redelivered(EventEnvelope event, DeputyCopyTable<R> table)
      throws JsonProcessingException {
    String type = event.type();
    if (!REGISTERED.equals(type) && !UPDATED.equals(type)) {
      return;
    }
    Class<? extends DeputyDetails> payload =
        REGISTERED.equals(type) ? DeputyRegistered.class : DeputyUpdated.class;
    DeputyFacts facts = facts(read(event, payload));
    table.find(facts.id()).ifPresent(row -> table.redelivered(row, facts));
  }

  private static <R> R row(DeputyCopyTable<R> table, UUID id, String congressId) {
    return table.find(id).orElseGet(() -> table.unknown(id, congressId));
  }

  private static <T> T read(EventEnvelope event, Class<T> type) throws JsonProcessingException {
    return EventJson.mapper().treeToValue(event.data(), type);
  }

  private static DeputyFacts facts(DeputyDetails d) {
    return new DeputyFacts(
        UUID.fromString(d.deputyId()),
        d.congressId(),
        d.name(),
        d.level(),
        d.delegationId(),
        d.delegationName(),
        d.userSubject());
  }
}
