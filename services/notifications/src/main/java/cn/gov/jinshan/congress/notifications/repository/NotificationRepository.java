package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.domain.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  /**
   * A page of a person's entries in a congress, unread first and newest first; after the entry with
   * the given sort values (unread as 1 or 0, seq), or from the start when they are null.
   */
  public List<Notification> page(
      String recipient, String congressId, Integer afterUnread, Long afterSeq, int fetch) {
    String after =
        afterSeq == null
            ? ""
            : " AND ((CASE WHEN read_at IS NULL THEN 1 ELSE 0 END) < :unread"
                + " OR ((CASE WHEN read_at IS NULL THEN 1 ELSE 0 END) = :unread"
                + " AND seq < :seq))";
    var query =
        entityManager
            .createNativeQuery(
                "SELECT * FROM notification WHERE recipient = :recipient"
                    + " AND congress_id = :congress"
                    + after
                    + " ORDER BY (read_at IS NULL) DESC, seq DESC",
                Notification.class)
            .setParameter("recipient", recipient)
            .setParameter("congress", congressId)
            .setMaxResults(fetch);
    if (afterSeq != null) {
      query.setParameter("unread", afterUnread).setParameter("seq", afterSeq);
    }
    return query.getResultList().stream().map(Notification.class::cast).toList();
  }

  /** A person's entries after a seq, oldest first (the live stream's replay). */
  public List<Notification> after(String recipient, String congressId, long seq, int limit) {
    return entityManager
        .createNativeQuery(
            "SELECT * FROM notification WHERE recipient = ?1 AND congress_id = ?2 AND seq > ?3"
                + " ORDER BY seq",
            Notification.class)
        .setParameter(1, recipient)
        .setParameter(2, congressId)
        .setParameter(3, seq)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(Notification.class::cast)
        .toList();
  }

  /** The newest seq of a person's entries; 0 when they have none. */
  public long lastSeq(String recipient, String congressId) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "SELECT COALESCE(max(seq), 0) FROM notification WHERE recipient = ?1"
                        + " AND congress_id = ?2")
                .setParameter(1, recipient)
                .setParameter(2, congressId)
                .getSingleResult())
        .longValue();
  }

  public long unreadCount(String recipient, String congressId) {
    return ((Number)
            entityManager
                .createNativeQuery(
                    "SELECT count(*) FROM notification WHERE recipient = ?1 AND congress_id = ?2"
                        + " AND read_at IS NULL")
                .setParameter(1, recipient)
                .setParameter(2, congressId)
                .getSingleResult())
        .longValue();
  }

  /** Marks one of a person's entries read (kept as first read); empty when it is not theirs. */
  public Optional<Notification> markRead(
      UUID id, String recipient, String congressId, Instant now) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "UPDATE notification SET read_at = COALESCE(read_at, ?4)"
                    + " WHERE id = ?1 AND recipient = ?2 AND congress_id = ?3 RETURNING *",
                Notification.class)
            .setParameter(1, id)
            .setParameter(2, recipient)
            .setParameter(3, congressId)
            .setParameter(4, now)
            .getResultList();
    return rows.stream().map(Notification.class::cast).findFirst();
  }

  /** Marks every unread entry of a person read; the number marked. */
  public int markAllRead(String recipient, String congressId, Instant now) {
    return entityManager
        .createNativeQuery(
            "UPDATE notification SET read_at = ?3 WHERE recipient = ?1 AND congress_id = ?2"
                + " AND read_at IS NULL")
        .setParameter(1, recipient)
        .setParameter(2, congressId)
        .setParameter(3, now)
        .executeUpdate();
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
