package cn.gov.jinshan.congress.deputies.repository;

import cn.gov.jinshan.congress.deputies.domain.Congress;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CongressRepository implements PanacheRepositoryBase<Congress, String> {
  /** All congresses, the district first: a deployment serves a handful, so no paging. */
  public List<Congress> listAll() {
    return list("order by level, id");
  }

  /**
   * The congresses whose registration was never published, locked; rows locked elsewhere skipped.
   */
  public List<Congress> lockUnannounced() {
    return getEntityManager()
        .createNativeQuery(
            "SELECT * FROM congress WHERE announced_at IS NULL ORDER BY level, id"
                + " FOR UPDATE SKIP LOCKED",
            Congress.class)
        .getResultList();
  }
}
