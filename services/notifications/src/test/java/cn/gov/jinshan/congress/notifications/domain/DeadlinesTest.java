package cn.gov.jinshan.congress.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deadlines computed as the suggestions service computes them, and the reminders' times. */
class DeadlinesTest {
  private static final Set<LocalDate> NATIONAL_DAY =
      Set.of(
          LocalDate.parse("2026-09-25"),
          LocalDate.parse("2026-10-01"),
          LocalDate.parse("2026-10-02"),
          LocalDate.parse("2026-10-05"),
          LocalDate.parse("2026-10-06"),
          LocalDate.parse("2026-10-07"));
  private static final Deadlines DEADLINES = new Deadlines(Period.ofMonths(1), 20, NATIONAL_DAY);

  @Test
  void shouldCountTheEvaluationWindowInWorkingDaysSkippingWeekendsAndHolidays() {
    // Thursday 24 September: the 25th and 1–7 October are off, as are the weekends
    assertThat(DEADLINES.evaluationDueOn(LocalDate.parse("2026-09-24")))
        .isEqualTo(LocalDate.parse("2026-10-30"));
    // a plain month: four weeks of five working days
    assertThat(DEADLINES.evaluationDueOn(LocalDate.parse("2026-11-02")))
        .isEqualTo(LocalDate.parse("2026-11-30"));
  }

  @Test
  void shouldGiveARehandlingRoundOneMonth() {
    assertThat(DEADLINES.rehandlingDueOn(LocalDate.parse("2026-01-31")))
        .isEqualTo(LocalDate.parse("2026-02-28"));
  }

  @Test
  void shouldFireOnTheKindsDayAtTheLocalTime() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    LocalDate due = LocalDate.parse("2026-12-31");
    LocalTime nine = LocalTime.of(9, 0);
    assertThat(ReminderKind.DEADLINE_IN_7_DAYS.fireAt(due, nine, shanghai))
        .isEqualTo(Instant.parse("2026-12-24T01:00:00Z"));
    assertThat(ReminderKind.DEADLINE_IN_1_DAY.fireAt(due, nine, shanghai))
        .isEqualTo(Instant.parse("2026-12-30T01:00:00Z"));
    assertThat(ReminderKind.DEADLINE_OVERDUE.fireAt(due, nine, shanghai))
        .isEqualTo(Instant.parse("2027-01-01T01:00:00Z"));
    assertThat(ReminderKind.EVALUATION_CLOSING.fireAt(due, nine, shanghai))
        .isEqualTo(Instant.parse("2026-12-28T01:00:00Z"));
  }
}
