package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.notifications.domain.ReminderKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The reminder table as tests read and tidy it. */
@ApplicationScoped
public class ReminderRows {
  private final EntityManager entityManager;

  public ReminderRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The key {@link #states} gives a reminder: kind@dueOn. */
  public static String key(ReminderKind kind, LocalDate dueOn) {
    return kind + "@" + dueOn;
  }

  /** An item's reminders: kind@dueOn → state. */
  public Map<String, String> states(String item) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Map<String, String> states = new TreeMap<>();
              for (Object row :
                  entityManager
                      .createNativeQuery(
                          "SELECT kind, due_on, state FROM reminder WHERE item_id = ?1")
                      .setParameter(1, item)
                      .getResultList()) {
                Object[] r = (Object[]) row;
                states.put(r[0] + "@" + r[1], (String) r[2]);
              }
              return states;
            });
  }

  /** The id of an item's reminder of a kind (the source id of its announcement). */
  public String id(String item, ReminderKind kind) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT CAST(id AS text) FROM reminder WHERE item_id = ?1 AND kind = ?2")
                    .setParameter(1, item)
                    .setParameter(2, kind.name())
                    .getSingleResult()
                    .toString());
  }

  /**
   * Cancels what the items still have scheduled: it would fire in later tests' runs of the job,
   * under their advanced clocks.
   */
  public void retire(Collection<String> items) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "UPDATE reminder SET state = 'CANCELLED', cancelled_at = now()"
                            + " WHERE state = 'SCHEDULED' AND item_id = ANY(CAST(?1 AS text[]))")
                    .setParameter(1, items.toArray(String[]::new))
                    .executeUpdate());
  }
}
