package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.Delegation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DelegationRepository implements PanacheRepositoryBase<Delegation, UUID> {
  public Optional<Delegation> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** All delegations of a congress: a district has about a dozen, so no paging is needed. */
  public List<Delegation> listInCongress(String congressId) {
    return list("congressId = ?1 order by name", congressId);
  }
}
