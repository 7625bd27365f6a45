package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
import cn.gov.jinshan.congress.platform.copies.DeputyCopyTable;
import cn.gov.jinshan.congress.platform.copies.DeputyFacts;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.repository.DeputyCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * This service's copy of the deputies (name, delegation, status, the user behind a membership), as
 * the platform's {@link DeputyCopies} keeps it.
 */
@ApplicationScoped
public class DeputyCopyRows implements DeputyCopyTable<DeputyCopy> {
  private final DeputyCopyRepository copies;
  private final Clock clock;

  public DeputyCopyRows(DeputyCopyRepository copies, Clock clock) {
    this.copies = copies;
    this.clock = clock;
  }

  @Override
  public Optional<DeputyCopy> find(UUID id) {
    return copies.findByIdOptional(id);
  }

  @Override
  public void insert(DeputyFacts d, String status) {
    DeputyCopy copy = DeputyCopy.of(d.id(), d.congressId(), clock.instant());
    update(copy, d);
    changeStatus(copy, status);
    copies.persist(copy);
  }

  @Override
  public void update(DeputyCopy copy, DeputyFacts d) {
    copy.update(d.name(), d.delegationId(), d.delegationName(), clock.instant());
    copy.linkUser(d.userSubject());
  }

  @Override
  public void changeStatus(DeputyCopy copy, String status) {
    copy.changeStatus(status, clock.instant());
  }

  /**
   * A change of a deputy whose registration has not come (yet) starts an ACTIVE row without a name,
   * which the registration fills in: an item may name a deputy before this copy knows them.
   */
  @Override
  public DeputyCopy unknown(UUID id, String congressId) {
    DeputyCopy copy = DeputyCopy.of(id, congressId, clock.instant());
    copies.persist(copy);
    return copy;
  }

  /**
   * The user behind a membership (V3) never changes once known, so a redelivery or a replay of the
   * topic may fill it in where the first delivery came before the column existed.
   */
  @Override
  public void redelivered(DeputyCopy copy, DeputyFacts d) {
    if (copy.userSubject() == null) {
      copy.linkUser(d.userSubject());
    }
  }

  @Transactional
  public Optional<DeputyCopy> findInCongress(String congressId, UUID id) {
    return copies.findInCongress(congressId, id);
  }
}
