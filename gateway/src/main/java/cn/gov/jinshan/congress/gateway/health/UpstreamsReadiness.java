package cn.gov.jinshan.congress.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness with the state of each upstream. The gateway stays ready while at least one upstream is
 * up: one service being down must not take the whole API out of the load balancer (its routes
 * answer 503 on their own).
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements HealthCheck {
  private final UpstreamMonitor monitor;

  public UpstreamsReadiness(UpstreamMonitor monitor) {
    this.monitor = monitor;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, UpstreamMonitor.State> states = monitor.states();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams");
    states.forEach((name, state) -> response.withData(name, state.name()));
    boolean anyUp = states.containsValue(UpstreamMonitor.State.UP);
    return response.status(anyUp || states.isEmpty()).build();
  }
}
