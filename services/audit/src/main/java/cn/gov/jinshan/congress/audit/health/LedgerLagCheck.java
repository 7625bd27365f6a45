package cn.gov.jinshan.congress.audit.health;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import cn.gov.jinshan.congress.audit.service.LagMonitor;
import cn.gov.jinshan.congress.audit.service.LagSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the ledger is more than {@code audit.lag.max-behind} records behind the topics it
 * follows. Before the first measurement the lag is unknown and the check is up (the Kafka
 * connector's own checks cover a broker that cannot be reached).
 */
@Readiness
@ApplicationScoped
public class LedgerLagCheck implements HealthCheck {
  static final String NAME = "audit-ledger-lag";
  private final LagMonitor monitor;
  private final AuditConfig config;

  public LedgerLagCheck(LagMonitor monitor, AuditConfig config) {
    this.monitor = monitor;
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    return evaluate(monitor.snapshot(), config.lag().maxBehind());
  }

  static HealthCheckResponse evaluate(LagSnapshot lag, long maxBehind) {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME)
            .status(lag.withinLimit(maxBehind))
            .withData("maxBehind", maxBehind)
            .withData("behind", lag.total())
            .withData("measuredAt", lag.known() ? lag.measuredAt().toString() : "never");
    lag.perTopic().forEach((topic, behind) -> response.withData(topic, behind));
    return response.build();
  }
}
