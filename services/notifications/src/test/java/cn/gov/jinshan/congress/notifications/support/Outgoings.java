package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import cn.gov.jinshan.congress.notifications.domain.EmailDelivery;
import cn.gov.jinshan.congress.notifications.domain.Person;
import cn.gov.jinshan.congress.notifications.service.Outgoing;
import cn.gov.jinshan.congress.testing.Mailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Announcements as the outgoing channels receive them, and the rows they leave. */
public final class Outgoings {
  public static final String CONGRESS = "JS-DISTRICT";

  private Outgoings() {}

  /** A person with a fresh id and address. */
  public static Person person(String what) {
    return new Person(UUID.randomUUID().toString(), "张" + what, Mailbox.newAddress(what));
  }

  /** A suggestion assigned to a department, for {@code person}, on {@code channels}. */
  public static Outgoing assigned(Person person, Channel... channels) {
    String itemId = UUID.randomUUID().toString();
    return new Outgoing(
        "event-" + UUID.randomUUID(),
        CONGRESS,
        "SUGGESTION_ASSIGNED",
        itemId,
        person,
        "建议“关于加强老旧小区加装电梯的建议”已交办",
        "建议“关于加强老旧小区加装电梯的建议”（编号 JS-2026-001）已交由贵单位主办，请于 2027年3月6日 前答复。",
        Set.of(channels),
        EmailDelivery.SINGLE,
        Map.of("title", "关于加强老旧小区加装电梯的建议"));
  }

  /** The same announcement of another kind (for the per-kind preferences). */
  public static Outgoing ofKind(Outgoing o, String kind, String title) {
    return new Outgoing(
        "event-" + UUID.randomUUID(),
        o.congressId(),
        kind,
        o.itemId(),
        o.person(),
        title,
        o.body(),
        o.channels(),
        o.emailAs(),
        o.facts());
  }

  /** The same announcement of a kind whose rule mails it as {@code emailAs}, from a new source. */
  public static Outgoing mailedAs(Outgoing o, String kind, String title, EmailDelivery emailAs) {
    return new Outgoing(
        "event-" + UUID.randomUUID(),
        o.congressId(),
        kind,
        o.itemId(),
        o.person(),
        title,
        o.body(),
        o.channels(),
        emailAs,
        o.facts());
  }

  /** The rows of a person for one source (same columns as {@link #rows(EntityManager, String)}). */
  public static List<Object[]> rows(EntityManager entityManager, String personId, String sourceId) {
    return rows(entityManager, personId).stream().filter(r -> sourceId.equals(r[6])).toList();
  }

  /** The rows of a person: id, channel, state, attempts, address, last error, source, in order. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(EntityManager entityManager, String personId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                entityManager
                    .createNativeQuery(
                        "SELECT id, channel, state, attempts, address, last_error, source_id"
                            + " FROM outgoing_message WHERE recipient = ?1 ORDER BY created_at, id")
                    .setParameter(1, personId)
                    .getResultList());
  }

  /**
   * Sets aside the messages earlier tests left due. The dispatcher sends the oldest first and stops
   * a channel at its first failure, so another test's message that cannot go out must not decide
   * what a test that dispatches sees.
   */
  public static void setAsideOthersDue(EntityManager entityManager) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "UPDATE outgoing_message SET state = 'SKIPPED',"
                            + " last_error = 'set aside by a test' WHERE state = 'PENDING'")
                    .executeUpdate());
  }
}
