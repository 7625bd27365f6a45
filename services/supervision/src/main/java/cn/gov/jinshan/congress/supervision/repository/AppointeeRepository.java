package cn.gov.jinshan.congress.supervision.repository;

import cn.gov.jinshan.congress.supervision.domain.Appointee;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppointeeRepository implements PanacheRepositoryBase<Appointee, UUID> {

  /** One of the given congress; another congress's is as good as absent. */
  public Optional<Appointee> findInCongress(String congressId, UUID id) {
    return find("id = ?1 and congressId = ?2", id, congressId).firstResultOptional();
  }

  /** Appointees by name then id, after the keyset when given. */
  public List<Appointee> list(String congressId, String afterName, UUID afterId, int limit) {
    if (afterName == null) {
      return find("congressId = ?1 order by personName, id", congressId).page(0, limit).list();
    }
    return find(
            "congressId = ?1 and (personName > ?2 or (personName = ?2 and id > ?3))"
                + " order by personName, id",
            congressId,
            afterName,
            afterId)
        .page(0, limit)
        .list();
  }
}
