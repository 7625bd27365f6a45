package cn.gov.jinshan.congress.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's meters: requests per route (latency histogram), upstream errors, rate-limit
 * rejections and dropped access events. Tag values are bounded (route and upstream names from
 * configuration, status classes), never raw paths.
 */
@ApplicationScoped
public class GatewayMetrics {
  private final MeterRegistry registry;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public GatewayMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void request(String route, String method, int status, long nanos) {
    String statusClass = status / 100 + "xx";
    timers
        .computeIfAbsent(
            route + ' ' + method + ' ' + statusClass,
            key ->
                Timer.builder("gateway.requests")
                    .description("Requests through the gateway, by route")
                    .tag("route", route)
                    .tag("method", method)
                    .tag("status", statusClass)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(60))
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** An upstream failed: kind is unavailable, circuit-open, timeout or bad-response. */
  public void upstreamError(String upstream, String kind) {
    Counter.builder("gateway.upstream.errors")
        .description("Failures talking to an upstream, by kind")
        .tag("upstream", upstream)
        .tag("kind", kind)
        .register(registry)
        .increment();
  }

  /** A request refused by a rate limit: scope is subject or anonymous. */
  public void rateLimited(String scope) {
    Counter.builder("gateway.rate.limited")
        .description("Requests refused with 429")
        .tag("scope", scope)
        .register(registry)
        .increment();
  }

  /** An access event that did not reach Kafka: reason is queue-full or send-failed. */
  public void auditDropped(String reason) {
    Counter.builder("gateway.audit.dropped")
        .description("Access events dropped because Kafka was unavailable or slow")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  public double auditDroppedCount() {
    return registry.find("gateway.audit.dropped").counters().stream()
        .mapToDouble(Counter::count)
        .sum();
  }
}
