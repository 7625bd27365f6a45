package cn.gov.jinshan.congress.notifications.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The service's copy of the deputies as tests read it. */
@ApplicationScoped
public class CopiedDeputies {
  private final EntityManager entityManager;

  public CopiedDeputies(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Makes sure the copy knows the realm's district deputies (deputy01 … deputy30, {@link
   * RealmUsers#deputyId}) as the ACTIVE district deputies the deputies service registers for them
   * (the demo data, the system tests): on a fresh stack no DeputyRegistered of theirs is on the
   * topic before these tests run, and the tests may not publish one for the whole platform. A row
   * the consumer copied already is kept as it is.
   */
  public void knowRealmDistrictDeputies() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int n = 1; n <= 30; n++) {
                entityManager
                    .createNativeQuery(
                        "INSERT INTO deputy_copy (id, congress_id, level, status)"
                            + " VALUES (?1, ?2, 'DISTRICT', 'ACTIVE') ON CONFLICT (id) DO NOTHING")
                    .setParameter(1, UUID.fromString(RealmUsers.deputyId(n)))
                    .setParameter(2, RealmUsers.CONGRESS)
                    .executeUpdate();
              }
            });
  }

  /** "level status" of a deputy's copy; empty while the copy does not have them. */
  public Optional<String> levelAndStatus(UUID deputy) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              List<?> found =
                  entityManager
                      .createNativeQuery(
                          "SELECT level || ' ' || status FROM deputy_copy WHERE id = ?1")
                      .setParameter(1, deputy)
                      .getResultList();
              return found.stream().map(String.class::cast).findFirst();
            });
  }
}
