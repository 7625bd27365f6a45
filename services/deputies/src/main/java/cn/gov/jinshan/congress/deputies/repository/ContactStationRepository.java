package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.ContactStation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ContactStationRepository implements PanacheRepositoryBase<ContactStation, UUID> {
  public Optional<ContactStation> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  public List<ContactStation> page(String congressId, String afterName, UUID afterId, int limit) {
    if (afterName == null) {
      return find("congressId = ?1 order by name, id", congressId).page(0, limit).list();
    }
    return find(
            "congressId = ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id",
            congressId,
            afterName,
            afterId)
        .page(0, limit)
        .list();
  }
}
