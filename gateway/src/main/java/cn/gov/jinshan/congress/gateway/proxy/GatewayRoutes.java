package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Mounts the proxy on {@code /api/*}: tracing, route resolution, authentication, rate limiting,
 * forwarding, in that order; every address outside {@code /api} and {@code /q} goes to the web
 * console (tracing, forwarding); every other unknown address is a 404 problem.
 */
@ApplicationScoped
public class GatewayRoutes {
  private final RequestTracing tracing;
  private final RouteResolution resolution;
  private final BearerAuthentication authentication;
  private final RateLimiting rateLimiting;
  private final ProxyHandler proxy;
  private final ConsolePages pages;

  public GatewayRoutes(
      RequestTracing tracing,
      RouteResolution resolution,
      BearerAuthentication authentication,
      RateLimiting rateLimiting,
      ProxyHandler proxy,
      ConsolePages pages) {
    this.tracing = tracing;
    this.resolution = resolution;
    this.authentication = authentication;
    this.rateLimiting = rateLimiting;
    this.proxy = proxy;
    this.pages = pages;
  }

  void mount(@Observes Router router) {
    router
        .route("/api/*")
        .handler(tracing)
        .handler(resolution)
        .handler(authentication)
        .handler(rateLimiting)
        .handler(proxy);
    router.routeWithRegex(ConsolePages.PAGES).handler(tracing).handler(pages).handler(proxy);
    router
        .route()
        .last()
        .handler(ctx -> ProblemResponder.respond(ctx, GatewayProblem.NOT_FOUND, "no-such-route"));
  }
}
