package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.domain.ItemCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The copies of items, written from events and read when an announcement names an item. */
@ApplicationScoped
public class ItemCopyRepository {
  private final EntityManager entityManager;

  public ItemCopyRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Creates or updates the copy of an item with what an event tells; a null value (a list included)
   * keeps what the copy already holds.
   */
  public void merge(ItemCopy change, Instant at) {
    entityManager
        .createNativeQuery(
            "INSERT INTO item_copy (id, congress_id, kind, title, registration_number,"
                + " lead_deputy_id, co_signer_deputy_ids, lead_department_id,"
                + " co_handling_department_ids, due_on, state, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                + " COALESCE(string_to_array(CAST(?7 AS TEXT), ','), '{}'), ?8,"
                + " COALESCE(string_to_array(CAST(?9 AS TEXT), ','), '{}'), CAST(?10 AS DATE),"
                + " ?11, ?12)"
                + " ON CONFLICT (id) DO UPDATE SET"
                + " title = COALESCE(EXCLUDED.title, item_copy.title),"
                + " registration_number ="
                + " COALESCE(EXCLUDED.registration_number, item_copy.registration_number),"
                + " lead_deputy_id = COALESCE(EXCLUDED.lead_deputy_id, item_copy.lead_deputy_id),"
                + " co_signer_deputy_ids = CASE WHEN CAST(?7 AS TEXT) IS NULL"
                + " THEN item_copy.co_signer_deputy_ids ELSE EXCLUDED.co_signer_deputy_ids END,"
                + " lead_department_id ="
                + " COALESCE(EXCLUDED.lead_department_id, item_copy.lead_department_id),"
                + " co_handling_department_ids = CASE WHEN CAST(?9 AS TEXT) IS NULL"
                + " THEN item_copy.co_handling_department_ids"
                + " ELSE EXCLUDED.co_handling_department_ids END,"
                + " due_on = COALESCE(EXCLUDED.due_on, item_copy.due_on),"
                + " state = COALESCE(EXCLUDED.state, item_copy.state),"
                + " updated_at = EXCLUDED.updated_at")
        .setParameter(1, change.id())
        .setParameter(2, change.congressId())
        .setParameter(3, change.kind())
        .setParameter(4, change.title())
        .setParameter(5, change.registrationNumber())
        .setParameter(6, change.leadDeputyId())
        .setParameter(7, joined(change.coSignerDeputyIds()))
        .setParameter(8, change.leadDepartmentId())
        .setParameter(9, joined(change.coHandlingDepartmentIds()))
        .setParameter(10, change.dueOn() == null ? null : change.dueOn().toString())
        .setParameter(11, change.state())
        .setParameter(12, at)
        .executeUpdate();
  }

  /** A department no longer handles the item (it sent its task back). */
  public void removeDepartment(String itemId, String departmentId, Instant at) {
    entityManager
        .createNativeQuery(
            "UPDATE item_copy SET lead_department_id = CASE WHEN lead_department_id = ?2"
                + " THEN NULL ELSE lead_department_id END,"
                + " co_handling_department_ids = array_remove(co_handling_department_ids, ?2),"
                + " updated_at = ?3 WHERE id = ?1")
        .setParameter(1, itemId)
        .setParameter(2, departmentId)
        .setParameter(3, at)
        .executeUpdate();
  }

  public Optional<ItemCopy> find(String id) {
    List<?> rows =
        entityManager
            .createNativeQuery(
                "SELECT id, congress_id, kind, title, registration_number, lead_deputy_id,"
                    + " array_to_string(co_signer_deputy_ids, ','), lead_department_id,"
                    + " array_to_string(co_handling_department_ids, ','), due_on, state"
                    + " FROM item_copy WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    return Optional.of(
        new ItemCopy(
            (String) r[0],
            (String) r[1],
            (String) r[2],
            (String) r[3],
            (String) r[4],
            (String) r[5],
            split((String) r[6]),
            (String) r[7],
            split((String) r[8]),
            toDate(r[9]),
            (String) r[10]));
  }

  private static String joined(List<String> values) {
    return values == null ? null : String.join(",", values);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static LocalDate toDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
