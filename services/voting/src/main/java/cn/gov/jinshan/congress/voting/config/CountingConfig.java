package cn.gov.jinshan.congress.voting.config;

import cn.gov.jinshan.congress.voting.domain.MajorityBase;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/**
 * The counting rule ({@code voting.counting.*}): a candidate passes with FOR votes strictly more
 * than {@code fraction} × the majority base. Default: more than half of all entitled deputies.
 */
@ConfigMapping(prefix = "voting.counting")
public interface CountingConfig {
  @WithDefault("ENTITLED")
  MajorityBase majorityBase();

  @WithDefault("0.5")
  BigDecimal fraction();
}
