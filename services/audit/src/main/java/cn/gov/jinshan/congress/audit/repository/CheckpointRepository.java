package cn.gov.jinshan.congress.audit.repository;

import cn.gov.jinshan.congress.audit.domain.Checkpoint;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CheckpointRepository implements PanacheRepositoryBase<Checkpoint, Long> {

  /** The latest checkpoint strictly before {@code seq}. */
  public Optional<Checkpoint> latestBefore(long seq) {
    return find("seq < ?1 order by seq desc", seq).firstResultOptional();
  }

  public List<Checkpoint> within(long from, long to) {
    return list(
        "seq >= :from and seq <= :to order by seq", Parameters.with("from", from).and("to", to));
  }

  public Optional<Checkpoint> latest() {
    return find("order by seq desc").firstResultOptional();
  }
}
