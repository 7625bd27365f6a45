package cn.gov.jinshan.congress.notifications.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** The inbox table: entries written once per (source, person), afterwards only marked read. */
@ApplicationScoped
public class NotificationRepository {
  private final EntityManager entityManager;

  public NotificationRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Writes an entry unless the person already has one of this source.
   *
   * @return the new entry's seq; empty when the person was told of this source before
   */
  public OptionalLong insertOnce(NewEntry entry, Instant now) {
    List<?> seq =
        entityManager
            .createNativeQuery(
                "INSERT INTO notification (id, congress_id, recipient, source_id, kind, item_id,"
                    + " title, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                    + " ON CONFLICT (source_id, recipient) DO NOTHING RETURNING seq")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, entry.congressId())
            .setParameter(3, entry.recipient())
            .setParameter(4, entry.sourceId())
            .setParameter(5, entry.kind())
            .setParameter(6, entry.itemId())
            .setParameter(7, entry.title())
            .setParameter(8, entry.body())
            .setParameter(9, entry.createdAt() == null ? now : entry.createdAt())
            .getResultList();
    return seq.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(((Number) seq.get(0)).longValue());
  }

  /** An entry to write. */
  public record NewEntry(
      String congressId,
      String recipient,
      String sourceId,
      String kind,
      String itemId,
      String title,
      String body,
      Instant createdAt) {}
}
