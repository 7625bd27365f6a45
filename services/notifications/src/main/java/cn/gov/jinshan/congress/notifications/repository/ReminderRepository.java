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
import java.time.OffsetDateTime;
import java.util.Arrays;
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
   *
   * @param departmentIds the departments the reminder names itself (empty: none)
   * @param endsAt the moment after which it must not fire; null when only its due date limits it
   */
  public void schedule(
      String congressId,
      String itemId,
      ReminderKind kind,
      LocalDate dueOn,
      Instant fireAt,
      String registrationNumber,
      List<String> departmentIds,
      Instant endsAt,
      Instant now) {
    entityManager
        .createNativeQuery(
            "INSERT INTO reminder (id, congress_id, item_id, kind, due_on, fire_at, state,"
                + " registration_number, created_at, department_ids, ends_at) VALUES (?1, ?2, ?3,"
                + " ?4, ?5, ?6, 'SCHEDULED', ?7, ?8, CAST(?9 AS text[]), CAST(?10 AS timestamptz))"
                + " ON CONFLICT (item_id, kind, due_on) DO UPDATE SET state = 'SCHEDULED',"
                + " fire_at = EXCLUDED.fire_at, cancelled_at = NULL,"
                + " department_ids = EXCLUDED.department_ids, ends_at = EXCLUDED.ends_at,"
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
        .setParameter(9, departmentIds.toArray(String[]::new))
        .setParameter(10, endsAt == null ? null : Timestamp.from(endsAt))
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

  /**
   * A department reported: it leaves the scheduled reminders of the given kinds and deadline of the
   * item; a reminder left with no department is cancelled.
   *
   * @return how many reminders the department left
   */
  public int withdrawDepartment(
      String itemId,
      Collection<ReminderKind> kinds,
      LocalDate dueOn,
      String departmentId,
      Instant now) {
    return entityManager
        .createNativeQuery(
            "UPDATE reminder SET department_ids = array_remove(department_ids, CAST(?1 AS text)),"
                + " state = CASE WHEN cardinality(array_remove(department_ids, CAST(?1 AS text))) = 0"
                + " THEN 'CANCELLED' ELSE state END,"
                + " cancelled_at = CASE WHEN cardinality(array_remove(department_ids, CAST(?1 AS text))) = 0"
                + " THEN ?2 ELSE cancelled_at END"
                + " WHERE item_id = ?3 AND state = 'SCHEDULED' AND kind = ANY(CAST(?4 AS text[]))"
                + " AND due_on = ?5 AND CAST(?1 AS text) = ANY(department_ids)")
        .setParameter(1, departmentId)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, itemId)
        .setParameter(4, kinds.stream().map(Enum::name).toArray(String[]::new))
        .setParameter(5, Date.valueOf(dueOn))
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
   * instances running the job at once each fire different reminders. Only the kinds this release
   * knows are claimed: a kind added by a later release waits for an instance that knows it.
   */
  public List<DueReminder> claimDue(Instant now, int limit) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, congress_id, item_id, kind, due_on, registration_number,"
                    + " array_to_string(department_ids, ','), ends_at FROM reminder"
                    + " WHERE state = 'SCHEDULED' AND fire_at <= ?1"
                    + " AND kind = ANY(CAST(?3 AS text[])) ORDER BY fire_at LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .setParameter(
                3, Arrays.stream(ReminderKind.values()).map(Enum::name).toArray(String[]::new))
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
                    (String) r[5],
                    r[6] == null || r[6].toString().isEmpty()
                        ? List.of()
                        : List.of(r[6].toString().split(",")),
                    instant(r[7])))
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

  private static Instant instant(Object value) {
    if (value == null || value instanceof Instant) {
      return (Instant) value;
    }
    return value instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) value).toInstant();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
