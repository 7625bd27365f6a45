package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.LivelihoodProject;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<LivelihoodProject, UUID> {
  public Optional<LivelihoodProject> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Optionally one round and one department; ordered by id after the keyset. */
  public List<LivelihoodProject> page(
      String congressId, UUID roundId, String departmentId, UUID afterId, int limit) {
    StringBuilder where = new StringBuilder("congressId = :c");
    var params = io.quarkus.panache.common.Parameters.with("c", congressId);
    if (roundId != null) {
      where.append(" and roundId = :r");
      params.and("r", roundId);
    }
    if (departmentId != null) {
      where.append(" and responsibleDepartmentId = :d");
      params.and("d", departmentId);
    }
    if (afterId != null) {
      where.append(" and id > :a");
      params.and("a", afterId);
    }
    return find(where + " order by id", params).page(0, limit).list();
  }

  /** How many projects each of the rounds selected (rounds without any are absent). */
  public Map<UUID, Long> countsByRound(String congressId, Collection<UUID> roundIds) {
    Map<UUID, Long> counts = new HashMap<>();
    if (roundIds.isEmpty()) {
      return counts;
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select p.roundId, count(p) from LivelihoodProject p"
                    + " where p.congressId = ?1 and p.roundId in ?2 group by p.roundId",
                Object[].class)
            .setParameter(1, congressId)
            .setParameter(2, roundIds)
            .getResultList();
    for (Object[] row : rows) {
      counts.put((UUID) row[0], (Long) row[1]);
    }
    return counts;
  }

  /** The ids of a round's projects, in id order. */
  public List<UUID> idsOfRound(String congressId, UUID roundId) {
    return find("congressId = ?1 and roundId = ?2 order by id", congressId, roundId).list().stream()
        .map(LivelihoodProject::id)
        .toList();
  }
}
