package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.config.VotingConfig;
import cn.gov.jinshan.congress.voting.domain.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The configurable rules as they apply to one congress: its own override in {@code
 * voting.congress."<id>".*} when set, the district's default otherwise.
 */
@ApplicationScoped
public class CongressRules {
  private final VotingConfig config;

  public CongressRules(VotingConfig config) {
    this.config = config;
  }

  /** The counting rule a ballot of the congress is counted by. */
  public Tally.Rule counting(String congressId) {
    Optional<VotingConfig.CountingOverride> own =
        Optional.ofNullable(config.congress().get(congressId)).map(c -> c.counting());
    return new Tally.Rule(
        own.flatMap(c -> c.majorityBase()).orElse(config.counting().majorityBase()),
        own.flatMap(c -> c.fraction()).orElse(config.counting().fraction()));
  }
}
