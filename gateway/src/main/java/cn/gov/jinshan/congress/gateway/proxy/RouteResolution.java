package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import cn.gov.jinshan.congress.gateway.routing.RouteTable;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds the route of the request's path; 404 problem when there is none. */
@ApplicationScoped
public class RouteResolution implements Handler<RoutingContext> {
  private final RouteTable table;

  public RouteResolution(RouteTable table) {
    this.table = table;
  }

  @Override
  public void handle(RoutingContext ctx) {
    var route = table.match(ctx.request().path());
    if (route.isEmpty()) {
      ProblemResponder.respond(ctx, GatewayProblem.NOT_FOUND, "no-such-route");
      return;
    }
    Exchange.of(ctx).route(route.get());
    ctx.next();
  }
}
