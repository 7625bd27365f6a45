package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.Inspection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {
  public List<Inspection> page(String congressId, UUID projectId, UUID afterId, int limit) {
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
