package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Grade;
import cn.gov.jinshan.congress.supervision.domain.Rating;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RatingRepository implements PanacheRepositoryBase<Rating, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Rating> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Counts of each grade in an evaluation. */
  public Map<Grade, Integer> counts(UUID evaluationId) {
    Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      counts.put(g, 0);
    }
    getEntityManager()
        .createQuery(
            "select r.grade, count(r) from Rating r where r.evaluationId = ?1 group by r.grade",
            Object[].class)
        .setParameter(1, evaluationId)
        .getResultList()
        .forEach(row -> counts.put((Grade) row[0], ((Long) row[1]).intValue()));
    return counts;
  }

  public List<Rating> ofEvaluation(UUID evaluationId) {
    return list("evaluationId = ?1 order by ratedAt, id", evaluationId);
  }
}
