package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.domain.DeputyCopy;
import cn.gov.jinshan.congress.notifications.repository.DeputyCopyRepository;
import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
import cn.gov.jinshan.congress.platform.copies.DeputyCopyTable;
import cn.gov.jinshan.congress.platform.copies.DeputyFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * This service's copy of the deputies (who is told of a ballot), as the platform's {@link
 * DeputyCopies} keeps it: congress, level and status. An update of a deputy never registered here
 * is a gap in the stream and fails to the dead-letter topic (the interface's default).
 */
@ApplicationScoped
public class DeputyCopyRows implements DeputyCopyTable<DeputyCopy> {
  private final DeputyCopyRepository copies;

  public DeputyCopyRows(DeputyCopyRepository copies) {
    this.copies = copies;
  }

  @Override
  public Optional<DeputyCopy> find(UUID id) {
    return copies.findByIdOptional(id);
  }

  @Override
  public void insert(DeputyFacts d, String status) {
    copies.persist(DeputyCopy.of(d.id(), d.congressId(), d.level(), status));
  }

  @Override
  public void update(DeputyCopy copy, DeputyFacts d) {
    copy.update(d.congressId(), d.level());
  }

  @Override
  public void changeStatus(DeputyCopy copy, String status) {
    copy.changeStatus(status);
  }
}
