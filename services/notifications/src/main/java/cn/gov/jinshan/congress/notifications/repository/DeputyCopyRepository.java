package cn.gov.jinshan.congress.notifications.repository;

import cn.gov.jinshan.congress.notifications.domain.DeputyCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DeputyCopyRepository implements PanacheRepositoryBase<DeputyCopy, UUID> {

  /** The ids of a congress's ACTIVE deputies of its own {@code level}: those who vote there. */
  public Set<UUID> entitledIds(String congressId, String level) {
    return Set.copyOf(
        getEntityManager()
            .createQuery(
                "select d.id from DeputyCopy d"
                    + " where d.congressId = ?1 and d.level = ?2 and d.status = ?3",
                UUID.class)
            .setParameter(1, congressId)
            .setParameter(2, level)
            .setParameter(3, DeputyCopy.ACTIVE)
            .getResultList());
  }

  /** Whether the copy holds any deputy of the congress, whatever their level or status. */
  public boolean knowsAnyOf(String congressId) {
    return !getEntityManager()
        .createQuery("select d.id from DeputyCopy d where d.congressId = ?1", UUID.class)
        .setParameter(1, congressId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The congresses the copy holds deputies of. */
  public List<String> congressIds() {
    return getEntityManager()
        .createQuery("select distinct d.congressId from DeputyCopy d", String.class)
        .getResultList();
  }
}
