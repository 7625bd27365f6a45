package cn.gov.jinshan.congress.supervision.service;

import cn.gov.jinshan.congress.supervision.config.SupervisionConfig;
import cn.gov.jinshan.congress.supervision.domain.VoteRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.Optional;

/**
 * The configurable rules as they apply to one congress: its own override in {@code
 * supervision.congress."<id>".*} when set, the district's default otherwise.
 */
@ApplicationScoped
public class CongressRules {
  private final SupervisionConfig config;

  public CongressRules(SupervisionConfig config) {
    this.config = config;
  }

  /** The time a department has to report on its rectification. */
  public Period rectificationPeriod(String congressId) {
    return override(congressId)
        .flatMap(c -> c.rectification().period())
        .orElse(config.rectification().period());
  }

  /** The satisfaction vote rule. */
  public VoteRule voteRule(String congressId) {
    Optional<SupervisionConfig.CongressRules> own = override(congressId);
    double reReport =
        own.map(c -> c.vote().reReportShare())
            .filter(d -> d.isPresent())
            .map(d -> d.getAsDouble())
            .orElse(config.vote().reReportShare());
    double rectification =
        own.map(c -> c.vote().rectificationShare())
            .filter(d -> d.isPresent())
            .map(d -> d.getAsDouble())
            .orElse(config.vote().rectificationShare());
    return new VoteRule(reReport, rectification);
  }

  private Optional<SupervisionConfig.CongressRules> override(String congressId) {
    return Optional.ofNullable(config.congress().get(congressId));
  }
}
