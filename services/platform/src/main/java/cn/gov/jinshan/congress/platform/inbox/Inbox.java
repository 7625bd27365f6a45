package cn.gov.jinshan.congress.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent inbox. A consumer calls {@link #firstDelivery} in the same transaction as its
 * effect: the row and the effect commit together, so a redelivered event finds the row and is
 * skipped, and a failed effect leaves no row, so the event is processed again.
 */
@ApplicationScoped
public class Inbox {
  private final EntityManager entityManager;

  public Inbox(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Records that {@code consumer} processes event {@code eventId}.
   *
   * @return true the first time, false when the event was already processed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, String eventId, String eventType) {
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, consumer)
            .setParameter(2, eventId)
            .setParameter(3, eventType)
            .executeUpdate();
    return inserted == 1;
  }
}
