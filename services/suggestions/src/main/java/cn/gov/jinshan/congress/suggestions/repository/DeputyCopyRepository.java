package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeputyCopyRepository implements PanacheRepositoryBase<DeputyCopy, UUID> {
  public Optional<DeputyCopy> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public List<DeputyCopy> findAll(String congressId, List<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("congressId = ?1 and id in ?2", congressId, ids);
  }
}
