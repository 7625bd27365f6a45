package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import cn.gov.jinshan.congress.gateway.routing.RouteTable;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Finds the route of the request's path: 404 problem when there is none, 414 problem when the
 * request target is longer than the services accept.
 */
@ApplicationScoped
public class RouteResolution implements Handler<RoutingContext> {
  private final RouteTable table;
  private final int maxUriLength;

  public RouteResolution(RouteTable table, GatewayConfig config) {
    this.table = table;
    this.maxUriLength = config.maxUriLength();
  }

  @Override
  public void handle(RoutingContext ctx) {
    // the target arrives percent-encoded, so its length in chars is its length in bytes
    if (ctx.request().uri().length() > maxUriLength) {
      ProxyFailures.closeIfBodyUnread(ctx);
      ProblemResponder.respond(ctx, GatewayProblem.URI_TOO_LONG, "uri-too-long", maxUriLength);
      return;
    }
    var route = table.match(ctx.request().path());
    if (route.isEmpty()) {
      ProblemResponder.respond(ctx, GatewayProblem.NOT_FOUND, "no-such-route");
      return;
    }
    Exchange.of(ctx).route(route.get());
    ctx.next();
  }
}
