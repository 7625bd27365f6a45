package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import cn.gov.jinshan.congress.gateway.routing.Route;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Sends every address outside {@code /api} and {@code /q} to the web console's upstream, so users
 * open the platform at the gateway's own address. Cookies, Set-Cookie and Location pass unchanged
 * and the console reads the public address from X-Forwarded-Host/-Proto. Without a configured
 * console such addresses are a 404 problem, as before.
 */
@ApplicationScoped
public class ConsolePages implements Handler<RoutingContext> {
  /** Paths the gateway keeps: its API routes and Quarkus' own endpoints (health, OpenAPI …). */
  public static final String PAGES = "^/(?!(api|q)(/|$)).*";

  private final Optional<Route> route;
  private final int maxUriLength;
  private final String tooLargePage;

  public ConsolePages(GatewayConfig config) {
    GatewayConfig.PagesConfig pages = config.pages();
    pages
        .upstream()
        .filter(name -> !config.upstreams().containsKey(name))
        .ifPresent(
            name -> {
              throw new IllegalStateException("gateway.pages.upstream names unknown " + name);
            });
    this.route =
        pages
            .upstream()
            .map(
                name ->
                    new Route("console", List.of("/"), name, pages.maxBodySize().asLongValue()));
    this.maxUriLength = config.maxUriLength();
    this.tooLargePage = pages.tooLargePage();
  }

  /** Whether the route is the one this handler gives the pages. */
  public boolean serves(Route candidate) {
    return route.isPresent() && route.get().equals(candidate);
  }

  /**
   * Answers a page request over the pages' body limit with 303 to the console's 文件过大 page: the
   * browser then shows that page (in Chinese, with the person's header, the same text as a form the
   * console itself refuses) instead of a problem+json it cannot render. The text lives in the
   * console only, and a 303 makes the browser fetch it with GET, without the body.
   */
  public void sendToTooLargePage(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    response
        .setStatusCode(303)
        .putHeader(HttpHeaders.LOCATION, tooLargePage)
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .end();
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (route.isEmpty()) {
      ProblemResponder.respond(ctx, GatewayProblem.NOT_FOUND, "no-such-route");
      return;
    }
    if (ctx.request().uri().length() > maxUriLength) {
      ProxyFailures.closeIfBodyUnread(ctx);
      ProblemResponder.respond(ctx, GatewayProblem.URI_TOO_LONG, "uri-too-long", maxUriLength);
      return;
    }
    Exchange.of(ctx).route(route.get());
    ctx.next();
  }
}
