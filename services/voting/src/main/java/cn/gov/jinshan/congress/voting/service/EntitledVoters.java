package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import cn.gov.jinshan.congress.voting.repository.DeputyCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who votes in a congress: its ACTIVE deputies of the congress's own level, from the local copies
 * of deputies and congresses. A person with memberships of two congresses is two deputy ids here,
 * each entitled in its own congress only. A ballot checks the same rule in the statement that locks
 * its round ({@code BallotBoxRepository.lockRoundShared}): change both together.
 */
@ApplicationScoped
public class EntitledVoters {
  private final DeputyCopyRepository deputies;
  private final CongressScope congresses;

  public EntitledVoters(DeputyCopyRepository deputies, CongressScope congresses) {
    this.deputies = deputies;
    this.congresses = congresses;
  }

  /** The deputy, when entitled to vote (and rate) in {@code congressId}; 403 otherwise. */
  public DeputyCopy require(String congressId, UUID deputyId) {
    DeputyCopy deputy = deputyId == null ? null : deputies.findById(deputyId);
    if (deputy == null || !deputy.isEntitledIn(congressId, congresses.level(congressId))) {
      throw ProblemException.forbidden("ballot.not-entitled");
    }
    return deputy;
  }

  public long count(String congressId) {
    return deputies.countEntitled(congressId, congresses.level(congressId));
  }

  /** Ordered by name then id, after the keyset when given. */
  public List<DeputyCopy> page(String congressId, String afterName, UUID afterId, int limit) {
    return deputies.entitled(congressId, congresses.level(congressId), afterName, afterId, limit);
  }
}
