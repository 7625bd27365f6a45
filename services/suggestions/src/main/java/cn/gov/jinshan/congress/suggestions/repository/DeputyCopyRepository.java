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

  /** The membership in {@code congressId} of the person (Keycloak user) behind another one. */
  public Optional<DeputyCopy> findByUser(String congressId, String userSubject) {
    if (userSubject == null) {
      return Optional.empty();
    }
    return find("congressId = ?1 and userSubject = ?2", congressId, userSubject)
        .firstResultOptional();
  }

  public List<DeputyCopy> findAll(String congressId, List<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("congressId = ?1 and id in ?2", congressId, ids);
  }
}
