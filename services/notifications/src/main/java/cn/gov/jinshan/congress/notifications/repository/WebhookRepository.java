package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.query.WebhookDeliveryRow;
import cn.gov.jinshan.congress.notifications.query.WebhookSubscriptionRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The webhooks' tables: subscriptions, the item → departments copy, the delivery queue and its
 * attempts. Lists of codes and types are passed and read as comma-joined text (neither contains a
 * comma), which spares the array bindings of the JPA layer.
 */
@ApplicationScoped
public class WebhookRepository {
  private static final String SUBSCRIPTION_COLUMNS =
      "id, congress_id, department_id, url, array_to_string(event_types, ','), created_at,"
          + " consecutive_failures, disabled_at, disabled_reason";
  private static final String DELIVERY_COLUMNS =
      "seq, id, subscription_id, event_id, event_type, status, attempts, next_attempt_at,"
          + " give_up_at, created_at, delivered_at, last_status_code";

  private final EntityManager entityManager;

  public WebhookRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  // --- subscriptions

  public void insertSubscription(
      WebhookSubscriptionRow s, String secretEncrypted, String createdBy) {
    entityManager
        .createNativeQuery(
            "INSERT INTO webhook_subscription (id, congress_id, department_id, url, event_types,"
                + " secret_encrypted, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, string_to_array(?5, ','), ?6, ?7, ?8)")
        .setParameter(1, s.id())
        .setParameter(2, s.congressId())
        .setParameter(3, s.departmentId())
        .setParameter(4, s.url())
        .setParameter(5, String.join(",", s.eventTypes()))
        .setParameter(6, secretEncrypted)
        .setParameter(7, createdBy)
        .setParameter(8, s.createdAt())
        .executeUpdate();
  }

  /** A department's subscription; empty when it is another's, of another congress or unknown. */
  public Optional<WebhookSubscriptionRow> subscription(
      String congressId, String departmentId, UUID id) {
    return subscriptions(
            "SELECT "
                + SUBSCRIPTION_COLUMNS
                + " FROM webhook_subscription"
                + " WHERE id = ?1 AND congress_id = ?2 AND department_id = ?3",
            id,
            congressId,
            departmentId)
        .stream()
        .findFirst();
  }

  /** A department's subscriptions, oldest first. */
  public List<WebhookSubscriptionRow> subscriptions(String congressId, String departmentId) {
    return subscriptions(
        "SELECT "
            + SUBSCRIPTION_COLUMNS
            + " FROM webhook_subscription"
            + " WHERE congress_id = ?1 AND department_id = ?2 ORDER BY created_at, id",
        congressId,
        departmentId);
  }

  /** The enabled subscriptions of the departments that want events of this type. */
  public List<WebhookSubscriptionRow> enabledSubscriptions(
      String congressId, Collection<String> departmentIds, String eventType) {
    if (departmentIds.isEmpty()) {
      return List.of();
    }
    return subscriptions(
        "SELECT "
            + SUBSCRIPTION_COLUMNS
            + " FROM webhook_subscription"
            + " WHERE congress_id = ?1 AND department_id = ANY(string_to_array(?2, ','))"
            + " AND ?3 = ANY(event_types) AND disabled_at IS NULL",
        congressId,
        String.join(",", departmentIds),
        eventType);
  }

  public String secretOf(UUID subscriptionId) {
    return (String)
        entityManager
            .createNativeQuery("SELECT secret_encrypted FROM webhook_subscription WHERE id = ?1")
            .setParameter(1, subscriptionId)
            .getSingleResult();
  }

  public boolean deleteSubscription(UUID id) {
    return entityManager
            .createNativeQuery("DELETE FROM webhook_subscription WHERE id = ?1")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  /** Enables a subscription again with a clean record; its waiting deliveries become due. */
  public void enable(UUID id, Instant now) {
    entityManager
        .createNativeQuery(
            "UPDATE webhook_subscription SET disabled_at = NULL, disabled_reason = NULL,"
                + " consecutive_failures = 0, failing_since = NULL WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    entityManager
        .createNativeQuery(
            "UPDATE webhook_delivery SET next_attempt_at = ?2"
                + " WHERE subscription_id = ?1 AND status = 'PENDING'")
        .setParameter(1, id)
        .setParameter(2, now)
        .executeUpdate();
  }

  /**
   * Disables a subscription that failed {@code threshold} rounds in a row, for at least {@code
   * failingFor}, and is still enabled.
   *
   * @return whether this call disabled it (false when it recovered or was disabled meanwhile)
   */
  public boolean disable(UUID id, int threshold, Duration failingFor, String reason, Instant now) {
    return entityManager
            .createNativeQuery(
                "UPDATE webhook_subscription SET disabled_at = ?2, disabled_reason = ?3"
                    + " WHERE id = ?1 AND disabled_at IS NULL AND consecutive_failures >= ?4"
                    + " AND failing_since <= ?5")
            .setParameter(1, id)
            .setParameter(2, now)
            .setParameter(3, reason)
            .setParameter(4, threshold)
            .setParameter(5, now.minus(failingFor))
            .executeUpdate()
        == 1;
  }

  /** Subscriptions that reached the threshold but are not disabled yet (a failed disabling). */
  @SuppressWarnings("unchecked")
  public List<UUID> dueForDisabling(int threshold, Duration failingFor) {
    return entityManager
        .createNativeQuery(
            "SELECT id FROM webhook_subscription"
                + " WHERE disabled_at IS NULL AND consecutive_failures >= ?1"
                + " AND failing_since <= now() - ?2 * interval '1 millisecond'")
        .setParameter(1, threshold)
        .setParameter(2, failingFor.toMillis())
        .getResultList();
  }

  /** The subscription by id alone, for the dispatcher (which works across congresses). */
  public Optional<WebhookSubscriptionRow> subscription(UUID id) {
    return subscriptions(
            "SELECT " + SUBSCRIPTION_COLUMNS + " FROM webhook_subscription WHERE id = ?1", id)
        .stream()
        .findFirst();
  }

  @SuppressWarnings("unchecked")
  private List<WebhookSubscriptionRow> subscriptions(String sql, Object... parameters) {
    var query = entityManager.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new WebhookSubscriptionRow(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    split((String) r[4]),
                    instant(r[5]),
                    ((Number) r[6]).intValue(),
                    instant(r[7]),
                    (String) r[8]))
        .toList();
  }

  // --- the item → departments copy

  /** The departments handling an item; empty when this channel has not seen it assigned. */
  @SuppressWarnings("unchecked")
  public Optional<ItemDepartments> itemDepartments(String suggestionId) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT congress_id, registration_number, lead_department_id,"
                    + " array_to_string(co_handler_department_ids, ',')"
                    + " FROM webhook_item_departments WHERE suggestion_id = ?1")
            .setParameter(1, suggestionId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new ItemDepartments(
                    suggestionId,
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    split((String) r[3])));
  }

  public void saveItemDepartments(ItemDepartments item, Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO webhook_item_departments (suggestion_id, congress_id,"
                + " registration_number, lead_department_id, co_handler_department_ids,"
                + " updated_at) VALUES (?1, ?2, ?3, ?4, string_to_array(?5, ','), ?6)"
                + " ON CONFLICT (suggestion_id) DO UPDATE SET"
                + " registration_number = EXCLUDED.registration_number,"
                + " lead_department_id = EXCLUDED.lead_department_id,"
                + " co_handler_department_ids = EXCLUDED.co_handler_department_ids,"
                + " updated_at = EXCLUDED.updated_at")
        .setParameter(1, item.suggestionId())
        .setParameter(2, item.congressId())
        .setParameter(3, item.registrationNumber())
        .setParameter(4, item.leadDepartmentId())
        .setParameter(5, String.join(",", item.coHandlerDepartmentIds()))
        .setParameter(6, now)
        .executeUpdate();
  }

  /** Which departments handle an item, as the webhooks' channel learnt it. */
  public record ItemDepartments(
      String suggestionId,
      String congressId,
      String registrationNumber,
      String leadDepartmentId,
      List<String> coHandlerDepartmentIds) {

    public ItemDepartments {
      coHandlerDepartmentIds = List.copyOf(coHandlerDepartmentIds);
    }

    /** The lead first, then the co-handlers. */
    public List<String> all() {
      List<String> all = new ArrayList<>();
      if (leadDepartmentId != null) {
        all.add(leadDepartmentId);
      }
      coHandlerDepartmentIds.stream().filter(d -> !all.contains(d)).forEach(all::add);
      return all;
    }
  }

  // --- deliveries

  /** Queues one delivery unless this event was queued for this subscription before. */
  public boolean enqueue(NewDelivery d) {
    return entityManager
            .createNativeQuery(
                "INSERT INTO webhook_delivery (id, congress_id, subscription_id, event_id,"
                    + " event_type, payload, status, next_attempt_at, give_up_at, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?8, ?7)"
                    + " ON CONFLICT (event_id, subscription_id) DO NOTHING")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, d.congressId())
            .setParameter(3, d.subscriptionId())
            .setParameter(4, d.eventId())
            .setParameter(5, d.eventType())
            .setParameter(6, d.payload())
            .setParameter(7, d.now())
            .setParameter(8, d.giveUpAt())
            .executeUpdate()
        == 1;
  }

  /** A delivery to queue. */
  public record NewDelivery(
      String congressId,
      UUID subscriptionId,
      String eventId,
      String eventType,
      String payload,
      Instant now,
      Instant giveUpAt) {}

  /**
   * Claims up to {@code limit} due deliveries of enabled subscriptions, each by at most one
   * instance (SKIP LOCKED): the claim counts the attempt and moves the delivery's due time to the
   * end of the lease, so that a sender that dies leaves it to be tried again then.
   */
  public List<Claimed> claimDue(Instant now, Instant leaseUntil, int limit) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement claim =
                  connection.prepareStatement(
                      "UPDATE webhook_delivery d SET attempts = d.attempts + 1,"
                          + " next_attempt_at = ?"
                          + " FROM (SELECT w.seq, s.url FROM webhook_delivery w"
                          + " JOIN webhook_subscription s ON s.id = w.subscription_id"
                          + " WHERE w.status = 'PENDING' AND w.next_attempt_at <= ?"
                          + " AND s.disabled_at IS NULL"
                          + " ORDER BY w.next_attempt_at LIMIT ?"
                          + " FOR UPDATE OF w SKIP LOCKED) c"
                          + " WHERE d.seq = c.seq"
                          + " RETURNING d.seq, d.id, d.congress_id, d.subscription_id, c.url,"
                          + " d.payload, d.attempts, d.give_up_at")) {
                claim.setTimestamp(1, Timestamp.from(leaseUntil));
                claim.setTimestamp(2, Timestamp.from(now));
                claim.setInt(3, limit);
                List<Claimed> claimed = new ArrayList<>();
                try (ResultSet r = claim.executeQuery()) {
                  while (r.next()) {
                    claimed.add(
                        new Claimed(
                            r.getLong(1),
                            r.getObject(2, UUID.class),
                            r.getString(3),
                            r.getObject(4, UUID.class),
                            r.getString(5),
                            r.getString(6),
                            r.getInt(7),
                            r.getTimestamp(8).toInstant()));
                  }
                }
                return claimed;
              }
            });
  }

  /** A delivery claimed for one attempt. */
  public record Claimed(
      long seq,
      UUID id,
      String congressId,
      UUID subscriptionId,
      String url,
      String payload,
      int attempt,
      Instant giveUpAt) {}

  /** The secrets (encrypted) of the given subscriptions. */
  @SuppressWarnings("unchecked")
  public Map<UUID, String> secretsOf(Collection<UUID> subscriptionIds) {
    Map<UUID, String> secrets = new HashMap<>();
    for (UUID id : subscriptionIds) {
      secrets.put(id, secretOf(id));
    }
    return secrets;
  }

  /**
   * Records the outcome of attempts in one round trip per table: the attempt rows, each delivery's
   * new state, and each subscription's failures in a row (0 after a round with a success, one more
   * after a round with only failures).
   *
   * @return the subscriptions whose failures in a row reached {@code threshold}
   */
  public List<UUID> recordOutcomes(
      List<Outcome> outcomes,
      Map<UUID, Boolean> roundSucceeded,
      int threshold,
      Duration failingFor) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement attempt =
                      connection.prepareStatement(
                          // a delivery whose subscription was deleted meanwhile has no log
                          // left to write to; its attempt must not fail the others' outcomes
                          "INSERT INTO webhook_attempt (delivery_seq, attempt, congress_id,"
                              + " started_at, duration_ms, status_code, error)"
                              + " SELECT ?, ?, ?, ?, ?, ?, ?"
                              + " WHERE EXISTS (SELECT 1 FROM webhook_delivery WHERE seq = ?)"
                              + " ON CONFLICT DO NOTHING");
                  PreparedStatement delivery =
                      connection.prepareStatement(
                          "UPDATE webhook_delivery SET status = ?, next_attempt_at = ?,"
                              + " delivered_at = ?, last_status_code = ?"
                              + " WHERE seq = ? AND attempts = ?")) {
                for (Outcome o : outcomes) {
                  attempt.setLong(1, o.seq());
                  attempt.setInt(2, o.attempt());
                  attempt.setString(3, o.congressId());
                  attempt.setTimestamp(4, Timestamp.from(o.startedAt()));
                  attempt.setInt(5, o.durationMs());
                  setInteger(attempt, 6, o.statusCode());
                  attempt.setString(7, o.error());
                  attempt.setLong(8, o.seq());
                  attempt.addBatch();
                  delivery.setString(1, o.status());
                  delivery.setTimestamp(2, Timestamp.from(o.nextAttemptAt()));
                  delivery.setTimestamp(
                      3, o.deliveredAt() == null ? null : Timestamp.from(o.deliveredAt()));
                  setInteger(delivery, 4, o.statusCode());
                  delivery.setLong(5, o.seq());
                  // a delivery whose lease ran out was claimed anew elsewhere: that attempt records
                  // it
                  delivery.setInt(6, o.attempt());
                  delivery.addBatch();
                }
                attempt.executeBatch();
                delivery.executeBatch();
              }
              List<UUID> reached = new ArrayList<>();
              try (PreparedStatement subscription =
                  connection.prepareStatement(
                      "UPDATE webhook_subscription SET consecutive_failures ="
                          + " CASE WHEN ? THEN 0 ELSE consecutive_failures + 1 END,"
                          + " failing_since = CASE WHEN ? THEN NULL"
                          + " ELSE coalesce(failing_since, now()) END"
                          + " WHERE id = ? RETURNING consecutive_failures, disabled_at,"
                          + " failing_since <= now() - ? * interval '1 millisecond'")) {
                for (Map.Entry<UUID, Boolean> round : roundSucceeded.entrySet()) {
                  subscription.setBoolean(1, round.getValue());
                  subscription.setBoolean(2, round.getValue());
                  subscription.setObject(3, round.getKey());
                  subscription.setLong(4, failingFor.toMillis());
                  try (ResultSet r = subscription.executeQuery()) {
                    if (r.next()
                        && r.getInt(1) >= threshold
                        && r.getTimestamp(2) == null
                        && r.getBoolean(3)) {
                      reached.add(round.getKey());
                    }
                  }
                }
              }
              return reached;
            });
  }

  /** What one attempt came to. */
  public record Outcome(
      long seq,
      int attempt,
      String congressId,
      Instant startedAt,
      int durationMs,
      Integer statusCode,
      String error,
      String status,
      Instant nextAttemptAt,
      Instant deliveredAt) {}

  /** A page of a subscription's delivery log, newest first, after the delivery {@code afterSeq}. */
  public List<WebhookDeliveryRow> deliveries(UUID subscriptionId, Long afterSeq, int fetch) {
    List<WebhookDeliveryRow> page =
        deliveryRows(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM webhook_delivery WHERE subscription_id = ?1"
                + " AND seq < ?2 ORDER BY seq DESC LIMIT ?3",
            subscriptionId,
            afterSeq == null ? Long.MAX_VALUE : afterSeq,
            fetch);
    return withAttempts(page);
  }

  public Optional<WebhookDeliveryRow> delivery(UUID subscriptionId, UUID deliveryId) {
    return withAttempts(
            deliveryRows(
                "SELECT "
                    + DELIVERY_COLUMNS
                    + " FROM webhook_delivery"
                    + " WHERE subscription_id = ?1 AND id = ?2",
                subscriptionId,
                deliveryId))
        .stream()
        .findFirst();
  }

  /** Makes a delivery due again now, with a new day to succeed in. */
  public void redeliver(UUID deliveryId, Instant now, Instant giveUpAt) {
    entityManager
        .createNativeQuery(
            "UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?2,"
                + " give_up_at = ?3, delivered_at = NULL WHERE id = ?1")
        .setParameter(1, deliveryId)
        .setParameter(2, now)
        .setParameter(3, giveUpAt)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  private List<WebhookDeliveryRow> deliveryRows(String sql, Object... parameters) {
    var query = entityManager.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new WebhookDeliveryRow(
                    ((Number) r[0]).longValue(),
                    (UUID) r[1],
                    (UUID) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    ((Number) r[6]).intValue(),
                    instant(r[7]),
                    instant(r[8]),
                    instant(r[9]),
                    instant(r[10]),
                    r[11] == null ? null : ((Number) r[11]).intValue(),
                    List.of()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<WebhookDeliveryRow> withAttempts(List<WebhookDeliveryRow> deliveries) {
    if (deliveries.isEmpty()) {
      return deliveries;
    }
    String seqs = String.join(",", deliveries.stream().map(d -> Long.toString(d.seq())).toList());
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT delivery_seq, attempt, started_at, duration_ms, status_code, error"
                    + " FROM webhook_attempt"
                    + " WHERE delivery_seq = ANY(string_to_array(?1, ',')::bigint[])"
                    + " ORDER BY delivery_seq, attempt")
            .setParameter(1, seqs)
            .getResultList();
    Map<Long, List<WebhookDeliveryRow.Attempt>> bySeq = new HashMap<>();
    for (Object[] r : rows) {
      bySeq
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
          .add(
              new WebhookDeliveryRow.Attempt(
                  ((Number) r[1]).intValue(),
                  instant(r[2]),
                  ((Number) r[3]).intValue(),
                  r[4] == null ? null : ((Number) r[4]).intValue(),
                  (String) r[5]));
    }
    return deliveries.stream()
        .map(d -> d.withAttempts(bySeq.getOrDefault(d.seq(), List.of())))
        .toList();
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }

  private static void setInteger(PreparedStatement statement, int index, Integer value)
      throws java.sql.SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }
}
