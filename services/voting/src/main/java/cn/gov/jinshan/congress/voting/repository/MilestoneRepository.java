package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.Milestone;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {
  public Optional<Milestone> findInProject(String congressId, UUID projectId, UUID id) {
    return find("id = ?1 and congressId = ?2 and projectId = ?3", id, congressId, projectId)
        .firstResultOptional();
  }

  public List<Milestone> page(String congressId, UUID projectId, UUID afterId, int limit) {
    if (afterId == null) {
      return find("congressId = ?1 and projectId = ?2 order by id", congressId, projectId)
          .page(0, limit)
          .list();
    }
    return find(
            "congressId = ?1 and projectId = ?2 and id > ?3 order by id",
            congressId,
            projectId,
            afterId)
        .page(0, limit)
        .list();
  }
}
