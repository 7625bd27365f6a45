package cn.gov.jinshan.congress.notifications.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The inbox table as tests read and prepare it. */
@ApplicationScoped
public class InboxRows {
  private final EntityManager entityManager;

  public InboxRows(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Who has an entry of this source. */
  public Set<String> recipients(String sourceId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> found =
                  entityManager
                      .createNativeQuery("SELECT recipient FROM notification WHERE source_id = ?1")
                      .setParameter(1, sourceId)
                      .getResultList();
              return found.stream().map(String.class::cast).collect(Collectors.toSet());
            });
  }

  /** How many entries this source has (every person once). */
  public long count(String sourceId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM notification WHERE source_id = ?1")
                            .setParameter(1, sourceId)
                            .getSingleResult())
                    .longValue());
  }

  /** The (title, body) of a person's entry of a source. */
  public List<String> text(String sourceId, String recipient) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Object[] row =
                  (Object[])
                      entityManager
                          .createNativeQuery(
                              "SELECT title, body FROM notification WHERE source_id = ?1"
                                  + " AND recipient = ?2")
                          .setParameter(1, sourceId)
                          .setParameter(2, recipient)
                          .getSingleResult();
              return List.of((String) row[0], (String) row[1]);
            });
  }

  /** Writes an entry of a person directly (tests of the reading side); its id. */
  public UUID seed(String recipient, String congressId, String title, Instant createdAt) {
    UUID id = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery(
                        "INSERT INTO notification (id, congress_id, recipient, source_id, kind,"
                            + " title, body, created_at) VALUES (?1, ?2, ?3, ?4, 'TEST', ?5,"
                            + " '正文', ?6)")
                    .setParameter(1, id)
                    .setParameter(2, congressId)
                    .setParameter(3, recipient)
                    .setParameter(4, "seed-" + id)
                    .setParameter(5, title)
                    .setParameter(6, createdAt)
                    .executeUpdate());
    return id;
  }
}
