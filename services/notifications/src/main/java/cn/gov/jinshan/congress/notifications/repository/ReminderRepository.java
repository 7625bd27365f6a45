package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.domain.DueReminder;
import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import cn.gov.jinshan.congress.notifications.domain.ReminderState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reminder table: rows scheduled once per (item, kind, deadline), then fired or cancelled. All
 * changes are conditional on the row still being scheduled, so a late or repeated event never
 * revives or cancels a reminder that already fired.
 */
@ApplicationScoped
public class ReminderRepository {
  private final EntityManager entityManager;

  public ReminderRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Schedules a reminder unless it exists; a cancelled one of the same deadline is scheduled again
   * (the item came back to that deadline, e.g. reassigned the same day), a fired one stays fired.
   */
  public void schedule(
      String congressId,
      String itemId,
      ReminderKind kind,
      LocalDate dueOn,
      Instant fireAt,
      String registrationNumber,
      Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO reminder (id, congress_id, item_id, kind, due_on, fire_at, state,"
                + " registration_number, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'SCHEDULED',"
                + " ?7, ?8) ON CONFLICT (item_id, kind, due_on) DO UPDATE SET state = 'SCHEDULED',"
                + " fire_at = EXCLUDED.fire_at, cancelled_at = NULL,"
                + " registration_number = COALESCE(EXCLUDED.registration_number,"
                + " reminder.registration_number) WHERE reminder.state = 'CANCELLED'")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, congressId)
        .setParameter(3, itemId)
        .setParameter(4, kind.name())
        .setParameter(5, Date.valueOf(dueOn))
        .setParameter(6, Timestamp.from(fireAt))
        .setParameter(7, registrationNumber)
        .setParameter(8, Timestamp.from(now))
        .executeUpdate();
  }

  /**
   * Cancels the scheduled reminders of an item of the given kinds, except those of {@code
   * keepDueOn} (null: all of them).
   *
   * @return how many were cancelled
   */
  public int cancel(
      String itemId, Collection<ReminderKind> kinds, LocalDate keepDueOn, Instant now) {
    return entityManager
        .createNativeQuery(
            "UPDATE reminder SET state = 'CANCELLED', cancelled_at = ?1 WHERE item_id = ?2"
                + " AND state = 'SCHEDULED' AND kind = ANY(CAST(?3 AS text[]))"
                + " AND (CAST(?4 AS date) IS NULL OR due_on <> CAST(?4 AS date))")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, itemId)
        .setParameter(3, kinds.stream().map(Enum::name).toArray(String[]::new))
        .setParameter(4, keepDueOn == null ? null : Date.valueOf(keepDueOn))
        .executeUpdate();
  }

  /** The registration number the item's reminders know (the events after assignment omit it). */
  public Optional<String> registrationNumber(String itemId) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT registration_number FROM reminder WHERE item_id = ?1"
                    + " AND registration_number IS NOT NULL ORDER BY created_at DESC LIMIT 1")
            .setParameter(1, itemId)
            .getResultList();
    return rows.stream().findFirst().map(Object::toString);
  }

  /**
   * Claims up to {@code limit} scheduled reminders due by {@code now}, locking them for the
   * caller's transaction; rows another transaction holds are passed over, not waited for, so
   * instances running the job at once each fire different reminders.
   */
  public List<DueReminder> claimDue(Instant now, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, congress_id, item_id, kind, due_on, registration_number FROM reminder"
                    + " WHERE state = 'SCHEDULED' AND fire_at <= ?1 ORDER BY fire_at LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new DueReminder(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    ReminderKind.valueOf((String) r[3]),
                    localDate(r[4]),
                    (String) r[5]))
        .toList();
  }

  /** Marks a claimed reminder fired. */
  public void markFired(UUID id, Instant now) {
    setState(id, ReminderState.FIRED, "fired_at", now);
  }

  /** Marks a claimed reminder cancelled (its deadline passed before it could fire). */
  public void markCancelled(UUID id, Instant now) {
    setState(id, ReminderState.CANCELLED, "cancelled_at", now);
  }

  private void setState(UUID id, ReminderState state, String column, Instant now) {
    entityManager
        .createNativeQuery(
            "UPDATE reminder SET state = ?1, "
                + column
                + " = ?2 WHERE id = ?3 AND state = 'SCHEDULED'")
        .setParameter(1, state.name())
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, id)
        .executeUpdate();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
