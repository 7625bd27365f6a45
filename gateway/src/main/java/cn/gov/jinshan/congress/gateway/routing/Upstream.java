package cn.gov.jinshan.congress.gateway.routing;

import io.vertx.core.http.HttpClient;
import java.time.Duration;

/**
 * An upstream service: its own connection pool (with its connect timeout), response timeout and
 * circuit breaker.
 */
public record Upstream(
    String name,
    String host,
    int port,
    HttpClient client,
    Duration connectTimeout,
    Duration responseTimeout,
    CircuitBreaker breaker,
    String healthPath,
    String openapiPath) {}
