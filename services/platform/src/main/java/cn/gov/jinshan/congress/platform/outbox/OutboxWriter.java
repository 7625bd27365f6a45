package cn.gov.jinshan.congress.platform.outbox;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.EventTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends an event to the outbox inside the caller's business transaction, so that the state change
 * and its event commit or roll back together. Never talks to Kafka; the relay does.
 */
@ApplicationScoped
public class OutboxWriter {
  private static final Object WAKE_REGISTERED = new Object();

  private final EntityManager entityManager;
  private final TransactionSynchronizationRegistry transactions;
  private final OutboxRelay relay;
  private final String source;
  private final Clock clock;

  public OutboxWriter(
      EntityManager entityManager,
      TransactionSynchronizationRegistry transactions,
      OutboxRelay relay,
      @ConfigProperty(name = "quarkus.application.name") String applicationName,
      Clock clock) {
    this.entityManager = entityManager;
    this.transactions = transactions;
    this.relay = relay;
    this.source = "/congress/" + applicationName;
    this.clock = clock;
  }

  /**
   * Appends {@code event} for publication.
   *
   * @param actor who caused it (token subject or a service name), kept in the envelope for audit
   * @return the envelope as it will be published
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public EventEnvelope append(DomainEvent event, String actor) {
    EventType type = EventTypes.of(event.getClass());
    EventEnvelope envelope =
        new EventEnvelope(
            EventEnvelope.SPEC_VERSION,
            UUID.randomUUID().toString(),
            source,
            type.value(),
            event.aggregateId(),
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
            EventEnvelope.JSON,
            event.congressId(),
            actor,
            EventJson.mapper().valueToTree(event));
    entityManager
        .createNativeQuery(
            "INSERT INTO outbox_event (id, congress_id, topic, event_key, event_type, envelope)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb))")
        .setParameter(1, UUID.fromString(envelope.id()))
        .setParameter(2, event.congressId())
        .setParameter(3, type.topic())
        .setParameter(4, event.aggregateId())
        .setParameter(5, type.value())
        .setParameter(6, toJson(envelope))
        .executeUpdate();
    wakeRelayOnCommit();
    return envelope;
  }

  /** Once per transaction: when it commits, the relay publishes without waiting for its poll. */
  private void wakeRelayOnCommit() {
    if (transactions.getResource(WAKE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              relay.wake();
            }
          }
        });
  }

  private static String toJson(EventEnvelope envelope) {
    try {
      return EventJson.mapper().writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event cannot be written as JSON: " + envelope.type(), e);
    }
  }
}
