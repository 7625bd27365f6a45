package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import cn.gov.jinshan.congress.gateway.routing.Route;
import io.vertx.core.Handler;
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
