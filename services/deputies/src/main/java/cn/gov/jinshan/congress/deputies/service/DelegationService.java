package cn.gov.jinshan.congress.deputies.service;

import cn.gov.jinshan.congress.deputies.domain.Delegation;
import cn.gov.jinshan.congress.deputies.repository.DelegationRepository;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Reference data: the delegations of the caller's congress. */
@ApplicationScoped
public class DelegationService {
  private final DelegationRepository delegations;
  private final CurrentUser user;
  private final Clock clock;

  public DelegationService(DelegationRepository delegations, CurrentUser user, Clock clock) {
    this.delegations = delegations;
    this.user = user;
    this.clock = clock;
  }

  @Transactional
  public Delegation create(CreateDelegation command) {
    String name = command.name().strip();
    if (delegations.count("congressId = ?1 and name = ?2", user.congressId(), name) > 0) {
      throw ProblemException.conflict("delegation.exists", name);
    }
    Delegation delegation = new Delegation(user.congressId(), name, clock.instant());
    delegations.persist(delegation);
    return delegation;
  }

  @Transactional
  public List<Delegation> list(String congressId) {
    return delegations.listInCongress(congressId);
  }
}
