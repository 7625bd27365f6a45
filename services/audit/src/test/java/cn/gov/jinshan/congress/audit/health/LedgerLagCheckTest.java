package cn.gov.jinshan.congress.audit.health;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.audit.service.LagSnapshot;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness follows the configured limit of how far the ledger may fall behind. */
class LedgerLagCheckTest {
  @Test
  void shouldBeDownWhenTheLedgerIsFurtherBehindThanTheLimit() {
    LagSnapshot lag =
        new LagSnapshot(
            Map.of("congress.suggestions.v1", 70L, "congress.voting.v1", 40L), Instant.now());
    assertThat(LedgerLagCheck.evaluate(lag, 100).getStatus())
        .isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(LedgerLagCheck.evaluate(lag, 110).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(LedgerLagCheck.evaluate(lag, 110).getData().orElseThrow())
        .containsEntry("behind", 110L)
        .containsEntry("congress.voting.v1", 40L);
  }

  @Test
  void shouldBeUpBeforeTheFirstMeasurement() {
    assertThat(LedgerLagCheck.evaluate(LagSnapshot.UNKNOWN, 0).getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }
}
