package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.auth.Principal;
import cn.gov.jinshan.congress.gateway.routing.Route;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;

/** What the gateway knows about one request while it handles it. */
public final class Exchange {
  private static final String KEY = "gateway.exchange";

  private final String requestId;
  private String traceparent;
  private final Instant receivedAt;
  private final long startNanos;
  private Route route;
  private Principal principal;

  private Exchange(String requestId, Instant receivedAt, long startNanos) {
    this.requestId = requestId;
    this.receivedAt = receivedAt;
    this.startNanos = startNanos;
  }

  static Exchange start(RoutingContext ctx, String requestId) {
    Exchange exchange = new Exchange(requestId, Instant.now(), System.nanoTime());
    ctx.put(KEY, exchange);
    return exchange;
  }

  public static Exchange of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  public String requestId() {
    return requestId;
  }

  public String traceparent() {
    return traceparent;
  }

  void traceparent(String traceparent) {
    this.traceparent = traceparent;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public long startNanos() {
    return startNanos;
  }

  public Route route() {
    return route;
  }

  public void route(Route route) {
    this.route = route;
  }

  /** The authenticated caller, or null for an anonymous request. */
  public Principal principal() {
    return principal;
  }

  public void principal(Principal principal) {
    this.principal = principal;
  }

  public String routeName() {
    return route == null ? "unmatched" : route.name();
  }
}
