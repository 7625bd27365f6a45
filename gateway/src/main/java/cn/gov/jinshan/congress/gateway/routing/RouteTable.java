package cn.gov.jinshan.congress.gateway.routing;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The configured routes; a path goes to the route with the longest matching prefix. */
@ApplicationScoped
public class RouteTable {
  private final List<Route> routes;

  @Inject
  public RouteTable(GatewayConfig config) {
    List<Route> list = new ArrayList<>();
    config
        .routes()
        .forEach(
            (name, route) -> {
              if (!config.upstreams().containsKey(route.upstream())) {
                throw new IllegalStateException(
                    "Route " + name + " names unknown upstream " + route.upstream());
              }
              long limit = route.maxBodySize().orElse(config.maxBodySize()).asLongValue();
              list.add(new Route(name, List.copyOf(route.prefixes()), route.upstream(), limit));
            });
    this.routes = List.copyOf(list);
  }

  RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  public Optional<Route> match(String path) {
    Route best = null;
    int bestLength = -1;
    for (Route route : routes) {
      int length = route.matchLength(path);
      if (length > bestLength) {
        best = route;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  public List<Route> routes() {
    return routes;
  }
}
