package cn.gov.jinshan.congress.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CongressCountsTest {
  private static final List<CongressCount> ROWS =
      List.of(
          new CongressCount("JS-DISTRICT", "OPEN", 3),
          new CongressCount("JS-DISTRICT", "CLOSED", 1),
          new CongressCount("JS-ZHUJING", "OPEN", 2));

  @Test
  void shouldSumOneCongressByKey() {
    assertThat(CongressCounts.sum(ROWS, "JS-ZHUJING")).containsExactly(Map.entry("OPEN", 2L));
  }

  @Test
  void shouldSumEveryCongressWhenNoneIsNamed() {
    assertThat(CongressCounts.sum(ROWS, null))
        .containsExactly(Map.entry("CLOSED", 1L), Map.entry("OPEN", 5L));
  }

  @Test
  void shouldTotalAMapOfCounts() {
    assertThat(CongressCounts.total(CongressCounts.sum(ROWS, null))).isEqualTo(6);
  }

  @Test
  void shouldKeepTheCoveredOrderPerCongress() {
    assertThat(
            CongressCounts.perCongress(
                    List.of("JS-ZHUJING", "JS-DISTRICT", "JS-LVXIANG"),
                    id -> CongressCounts.total(CongressCounts.sum(ROWS, id)))
                .entrySet())
        .containsExactly(
            Map.entry("JS-ZHUJING", 2L), Map.entry("JS-DISTRICT", 4L), Map.entry("JS-LVXIANG", 0L));
  }
}
