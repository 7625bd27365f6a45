package cn.gov.jinshan.congress.voting.config;

import cn.gov.jinshan.congress.voting.domain.MajorityBase;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The configurable rules of voting ({@code voting.*}); defaults from domain.md §4. */
@ConfigMapping(prefix = "voting")
public interface VotingConfig {

  /** The counting rule: the district's default. */
  Counting counting();

  /**
   * Per-congress overrides of the rules above, under the same keys, e.g. {@code
   * voting.congress."JS-ZHUJING".counting.majority-base=CHECKED_IN}; what a congress does not set
   * is the district's default.
   */
  Map<String, CongressRules> congress();

  /**
   * A candidate passes with FOR votes strictly more than {@code fraction} × the majority base.
   * Default: more than half of all entitled deputies.
   */
  interface Counting {
    @WithDefault("ENTITLED")
    MajorityBase majorityBase();

    @WithDefault("0.5")
    BigDecimal fraction();
  }

  /** One congress's overrides; every rule optional. */
  interface CongressRules {
    CountingOverride counting();
  }

  interface CountingOverride {
    Optional<MajorityBase> majorityBase();

    Optional<BigDecimal> fraction();
  }
}
