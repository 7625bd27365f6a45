package cn.gov.jinshan.congress.notifications.config;

import cn.gov.jinshan.congress.notifications.domain.Deadlines;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The suggestions service's deadlines that the events do not carry, under the suggestions service's
 * own names ({@code suggestions.deadlines.*}), so one setting (or environment variable) configures
 * both services alike.
 */
@ConfigMapping(prefix = "suggestions.deadlines")
public interface DeadlinesConfig {
  /** The re-handling round after a dissatisfied evaluation. */
  @WithDefault("P1M")
  Period rehandling();

  /** Working days the lead deputy has to evaluate a reply. */
  @WithDefault("20")
  int evaluationWorkingDays();

  /** Public holidays (not working days), e.g. 2026-10-01. */
  Optional<List<LocalDate>> holidays();

  default Deadlines toDeadlines() {
    return new Deadlines(
        rehandling(), evaluationWorkingDays(), new HashSet<>(holidays().orElse(List.of())));
  }
}
