package cn.gov.jinshan.congress.deputies.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The year of each livelihood-project round, copied from the voting service's events. */
@ApplicationScoped
public class VotingRoundRepository {
  private final EntityManager em;

  public VotingRoundRepository(EntityManager em) {
    this.em = em;
  }

  public void remember(UUID roundId, String congressId, int year, Instant now) {
    em.createNativeQuery(
            "INSERT INTO voting_round_copy (round_id, congress_id, year, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (round_id) DO UPDATE"
                + " SET year = EXCLUDED.year, updated_at = EXCLUDED.updated_at")
        .setParameter(1, roundId)
        .setParameter(2, congressId)
        .setParameter(3, year)
        .setParameter(4, now)
        .executeUpdate();
  }

  public Optional<Integer> year(String congressId, UUID roundId) {
    @SuppressWarnings("unchecked")
    List<Number> rows =
        em.createNativeQuery(
                "SELECT year FROM voting_round_copy WHERE round_id = ?1 AND congress_id = ?2")
            .setParameter(1, roundId)
            .setParameter(2, congressId)
            .getResultList();
    return rows.stream().findFirst().map(Number::intValue);
  }
}
