package cn.gov.jinshan.congress.suggestions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
  private static Deadlines with(Set<LocalDate> holidays) {
    return new Deadlines(
        Period.ofMonths(3),
        Period.ofMonths(6),
        Period.ofMonths(1),
        Period.ofDays(10),
        Period.ofMonths(1),
        20,
        holidays);
  }

  @Test
  void shouldSkipWeekendsWhenCountingWorkingDays() {
    // Friday 2026-01-09 + 20 working days = Friday 2026-02-06
    assertThat(with(Set.of()).addWorkingDays(LocalDate.of(2026, 1, 9), 20))
        .isEqualTo(LocalDate.of(2026, 2, 6));
    // from a Saturday the count starts on Monday
    assertThat(with(Set.of()).addWorkingDays(LocalDate.of(2026, 1, 10), 1))
        .isEqualTo(LocalDate.of(2026, 1, 12));
  }

  @Test
  void shouldSkipConfiguredHolidays() {
    Deadlines d = with(Set.of(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 13)));
    assertThat(d.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(d.isWorkingDay(LocalDate.of(2026, 1, 12))).isFalse();
  }
}
