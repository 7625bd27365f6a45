package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.metrics.GatewayMetrics;
import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import cn.gov.jinshan.congress.gateway.ratelimit.RateLimiter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Rate limits: per token subject for authenticated requests, per client address for anonymous ones;
 * 429 problem with Retry-After when the bucket is empty.
 */
@ApplicationScoped
public class RateLimiting implements Handler<RoutingContext> {
  private final boolean enabled;
  private final RateLimiter bySubject;
  private final RateLimiter byAddress;
  private final GatewayMetrics metrics;

  public RateLimiting(GatewayConfig config, GatewayMetrics metrics) {
    GatewayConfig.RateLimitConfig limits = config.rateLimit();
    this.enabled = limits.enabled();
    this.bySubject = new RateLimiter(limits.subject(), limits.maxKeys());
    this.byAddress = new RateLimiter(limits.anonymous(), limits.maxKeys());
    this.metrics = metrics;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (!enabled) {
      ctx.next();
      return;
    }
    var principal = Exchange.of(ctx).principal();
    boolean anonymous = principal == null;
    long retryAfter =
        anonymous
            ? byAddress.acquire(ctx.request().remoteAddress().hostAddress())
            : bySubject.acquire(principal.subject());
    if (retryAfter == 0) {
      ctx.next();
      return;
    }
    metrics.rateLimited(anonymous ? "anonymous" : "subject");
    ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    ProxyFailures.closeIfBodyUnread(ctx);
    ProblemResponder.respond(
        ctx, GatewayProblem.TOO_MANY_REQUESTS, "too-many-requests", retryAfter);
  }
}
