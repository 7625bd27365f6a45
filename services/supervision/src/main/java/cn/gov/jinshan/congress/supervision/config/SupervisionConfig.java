package cn.gov.jinshan.congress.supervision.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The configurable rules of supervision ({@code supervision.*}); defaults from domain.md §3. */
@ConfigMapping(prefix = "supervision")
public interface SupervisionConfig {

  /** Rectification: the deadline after deliberation opinions are issued. */
  Rectification rectification();

  /** The satisfaction vote rule. */
  Vote vote();

  /**
   * Per-congress overrides of the rules above, under the same keys, e.g. {@code
   * supervision.congress."JS-ZHUJING".rectification.period=P3M}; what a congress does not set is
   * the district's default.
   */
  Map<String, CongressRules> congress();

  /** The overdue scan (read by the scheduler's expressions). */
  Overdue overdue();

  interface Overdue {
    /** How often to look for rectification reports past their deadline. */
    @WithDefault("1h")
    String every();

    /** How long after start the first scan runs. */
    @WithDefault("30s")
    String delay();
  }

  interface Rectification {
    /** Time the department has to report on its rectification; default 6 months. */
    @WithDefault("P6M")
    Period period();
  }

  interface Vote {
    /** 不满意 above this share of the votes cast → report again at a later meeting. */
    @WithDefault("0.5")
    double reReportShare();

    /** 基本满意 + 不满意 above this share → rectify and report in writing. */
    @WithDefault("0.5")
    double rectificationShare();
  }

  /** One congress's overrides; every rule optional. */
  interface CongressRules {
    RectificationOverride rectification();

    VoteOverride vote();
  }

  interface RectificationOverride {
    Optional<Period> period();
  }

  interface VoteOverride {
    OptionalDouble reReportShare();

    OptionalDouble rectificationShare();
  }
}
