package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeputyCopyRepository implements PanacheRepositoryBase<DeputyCopy, UUID> {

  /** ACTIVE deputies of a congress of its own {@code level}: the entitled voters. */
  public long countEntitled(String congressId, String level) {
    return count(
        "congressId = ?1 and level = ?2 and status = ?3", congressId, level, DeputyCopy.ACTIVE);
  }

  /** Entitled voters ordered by name then id, after the keyset when given. */
  public List<DeputyCopy> entitled(
      String congressId, String level, String afterName, UUID afterId, int limit) {
    if (afterName == null) {
      return find(
              "congressId = ?1 and level = ?2 and status = ?3 order by name, id",
              congressId,
              level,
              DeputyCopy.ACTIVE)
          .page(0, limit)
          .list();
    }
    return find(
            "congressId = ?1 and level = ?2 and status = ?3"
                + " and (name > ?4 or (name = ?4 and id > ?5)) order by name, id",
            congressId,
            level,
            DeputyCopy.ACTIVE,
            afterName,
            afterId)
        .page(0, limit)
        .list();
  }
}
