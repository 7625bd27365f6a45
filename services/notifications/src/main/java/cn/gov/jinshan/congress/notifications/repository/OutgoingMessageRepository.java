package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.OutgoingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The outgoing e-mails and text messages: written once per (source, person, channel), claimed by
 * one dispatcher at a time ({@code FOR UPDATE SKIP LOCKED}), then marked.
 */
@ApplicationScoped
public class OutgoingMessageRepository {
  private final EntityManager entityManager;

  public OutgoingMessageRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Writes the message unless the person has one of this source on this channel already. */
  public boolean insertOnce(NewMessage m) {
    return entityManager
            .createNativeQuery(
                "INSERT INTO outgoing_message (id, congress_id, source_id, recipient, channel,"
                    + " kind, item_id, address, subject, body, link, state, not_before,"
                    + " created_at, last_error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, CAST(?7 AS text),"
                    + " CAST(?8 AS text), ?9, ?10, CAST(?11 AS text), ?12, ?13, ?14,"
                    + " CAST(?15 AS text))"
                    + " ON CONFLICT (source_id, recipient, channel) DO NOTHING")
            .setParameter(1, m.id())
            .setParameter(2, m.congressId())
            .setParameter(3, m.sourceId())
            .setParameter(4, m.recipient())
            .setParameter(5, m.channel().name())
            .setParameter(6, m.kind())
            .setParameter(7, m.itemId())
            .setParameter(8, m.address())
            .setParameter(9, m.subject())
            .setParameter(10, m.body())
            .setParameter(11, m.link())
            .setParameter(12, m.state().name())
            .setParameter(13, m.notBefore())
            .setParameter(14, m.createdAt())
            .setParameter(15, m.reason())
            .executeUpdate()
        == 1;
  }

  /**
   * Locks up to {@code limit} messages due at {@code now}, oldest first, skipping those another
   * dispatcher holds: each message is worked on by one instance at a time.
   */
  public List<DueMessage> claimDue(Channel channel, Instant now, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, congress_id, recipient, channel, address, subject, body, attempts"
                    + " FROM outgoing_message WHERE state = 'PENDING' AND channel = ?3"
                    + " AND not_before <= ?1 ORDER BY not_before LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now)
            .setParameter(2, limit)
            .setParameter(3, channel.name())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new DueMessage(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    Channel.valueOf((String) r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    ((Number) r[7]).intValue()))
        .toList();
  }

  public void markSent(UUID id, String address, Instant at) {
    entityManager
        .createNativeQuery(
            "UPDATE outgoing_message SET state = 'SENT', address = ?2, sent_at = ?3,"
                + " attempts = attempts + 1, last_error = NULL WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, address)
        .setParameter(3, at)
        .executeUpdate();
  }

  /** Counts a failed attempt; the message is tried again at {@code retryAt}. */
  public void markRetry(UUID id, String error, Instant retryAt) {
    entityManager
        .createNativeQuery(
            "UPDATE outgoing_message SET attempts = attempts + 1, last_error = ?2,"
                + " not_before = ?3 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, error)
        .setParameter(3, retryAt)
        .executeUpdate();
  }

  /** Counts the last failed attempt and gives up. */
  public void markFailed(UUID id, String error) {
    mark(id, OutgoingState.FAILED, error, 1);
  }

  /** Nowhere to send it (the reason says why); not an attempt. */
  public void markSkipped(UUID id, String reason) {
    mark(id, OutgoingState.SKIPPED, reason, 0);
  }

  private void mark(UUID id, OutgoingState state, String error, int attempt) {
    entityManager
        .createNativeQuery(
            "UPDATE outgoing_message SET state = ?2, last_error = ?3, attempts = attempts + ?4"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, state.name())
        .setParameter(3, error)
        .setParameter(4, attempt)
        .executeUpdate();
  }

  /**
   * Takes the digest run's lock for this transaction: one instance collects digests at a time, so a
   * person's items are never split between two digests of the same day.
   *
   * @return false when another instance is collecting
   */
  public boolean lockDigestRun() {
    return Boolean.TRUE.equals(
        entityManager
            .createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext('notifications-digest'))")
            .getSingleResult());
  }

  /**
   * Locks the mails waiting for a digest that were written up to {@code cutoff}, per person in
   * order of arrival, skipping those another digest run holds.
   */
  public List<DigestItem> claimDigestItems(Instant cutoff, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, congress_id, recipient, address, subject, link, created_at"
                    + " FROM outgoing_message WHERE state = 'DIGEST' AND created_at <= ?1"
                    + " ORDER BY recipient, congress_id, created_at LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, cutoff)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new DigestItem(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    instant(r[6])))
        .toList();
  }

  /** The items went out in the digest mail {@code digestId}. */
  public void markDigested(List<UUID> ids, UUID digestId) {
    entityManager
        .createNativeQuery(
            "UPDATE outgoing_message SET state = 'DIGESTED', digest_id = ?2"
                + " WHERE id = ANY(CAST(?1 AS uuid[]))")
        .setParameter(1, ids.stream().map(UUID::toString).toArray(String[]::new))
        .setParameter(2, digestId)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  /** A message to write; {@code reason} says why it is SKIPPED (null otherwise). */
  public record NewMessage(
      UUID id,
      String congressId,
      String sourceId,
      String recipient,
      Channel channel,
      String kind,
      String itemId,
      String address,
      String subject,
      String body,
      String link,
      OutgoingState state,
      Instant notBefore,
      Instant createdAt,
      String reason) {}

  /** A message due to go out. */
  public record DueMessage(
      UUID id,
      String congressId,
      String recipient,
      Channel channel,
      String address,
      String subject,
      String body,
      int attempts) {}

  /** A mail that waits for its person's digest. */
  public record DigestItem(
      UUID id,
      String congressId,
      String recipient,
      String address,
      String subject,
      String link,
      Instant createdAt) {}
}
