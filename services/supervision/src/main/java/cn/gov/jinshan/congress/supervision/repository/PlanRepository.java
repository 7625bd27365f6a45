package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.SupervisionPlan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<SupervisionPlan, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<SupervisionPlan> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Plans by year, newest first, after the keyset year when given. */
  public List<SupervisionPlan> list(String congressId, Integer beforeYear, int limit) {
    if (beforeYear == null) {
      return find("congressId = ?1 order by year desc", congressId).page(0, limit).list();
    }
    return find("congressId = ?1 and year < ?2 order by year desc", congressId, beforeYear)
        .page(0, limit)
        .list();
  }
}
