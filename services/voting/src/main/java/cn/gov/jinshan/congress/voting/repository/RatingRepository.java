package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Year-end ratings: one per deputy and project, enforced by the primary key. */
@ApplicationScoped
public class RatingRepository {
  private final EntityManager em;

  public RatingRepository(EntityManager em) {
    this.em = em;
  }

  /** false when the deputy already rated the project. */
  public boolean insert(
      String congressId, UUID projectId, UUID deputyId, Rating rating, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO project_rating (congress_id, project_id, deputy_id, rating, rated_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
            .setParameter(1, congressId)
            .setParameter(2, projectId)
            .setParameter(3, deputyId)
            .setParameter(4, rating.name())
            .setParameter(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }

  public Map<Rating, Integer> counts(String congressId, UUID projectId) {
    Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      counts.put(r, 0);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rating, count(*) FROM project_rating"
                    + " WHERE congress_id = ?1 AND project_id = ?2 GROUP BY rating")
            .setParameter(1, congressId)
            .setParameter(2, projectId)
            .getResultList();
    rows.forEach(r -> counts.put(Rating.valueOf((String) r[0]), ((Number) r[1]).intValue()));
    return counts;
  }
}
