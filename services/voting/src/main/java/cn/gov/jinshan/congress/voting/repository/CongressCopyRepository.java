package cn.gov.jinshan.congress.voting.repository;

import cn.gov.jinshan.congress.voting.domain.CongressCopy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CongressCopyRepository implements PanacheRepositoryBase<CongressCopy, String> {
  /** The congresses directly below {@code parentId} (a district's towns). */
  public List<CongressCopy> children(String parentId) {
    return list("parentId = ?1 order by id", parentId);
  }
}
