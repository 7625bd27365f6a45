package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.contracts.gateway.RequestAudited;
import cn.gov.jinshan.congress.gateway.audit.AccessEventPublisher;
import cn.gov.jinshan.congress.gateway.metrics.GatewayMetrics;
import io.vertx.core.Handler;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * First handler of every proxied request: holds the body until the request is let through, gives it
 * an X-Request-Id (the client's if sensible) and a W3C traceparent (the client's if valid), and
 * when the response ends records the metrics and the access event.
 */
@ApplicationScoped
public class RequestTracing implements Handler<RoutingContext> {
  public static final String REQUEST_ID = "X-Request-Id";
  public static final String TRACEPARENT = "traceparent";
  private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
  private static final Pattern VALID_TRACEPARENT =
      Pattern.compile("[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

  private final GatewayMetrics metrics;
  private final AccessEventPublisher publisher;

  public RequestTracing(GatewayMetrics metrics, AccessEventPublisher publisher) {
    this.metrics = metrics;
    this.publisher = publisher;
  }

  @Override
  public void handle(RoutingContext ctx) {
    ctx.request().pause();
    String given = ctx.request().getHeader(REQUEST_ID);
    String requestId =
        given != null && SENSIBLE_ID.matcher(given).matches() ? given : randomHex(16);
    Exchange exchange = Exchange.start(ctx, requestId);
    String traceparent = ctx.request().getHeader(TRACEPARENT);
    exchange.traceparent(
        traceparent != null && VALID_TRACEPARENT.matcher(traceparent).matches()
            ? traceparent
            : "00-" + randomHex(16) + "-" + randomHex(8) + "-01");
    ctx.response().putHeader(REQUEST_ID, requestId);
    ctx.addEndHandler(done -> finished(ctx, exchange));
    ctx.next();
  }

  private void finished(RoutingContext ctx, Exchange exchange) {
    long nanos = System.nanoTime() - exchange.startNanos();
    int status = ctx.response().getStatusCode();
    String method = ctx.request().method().name();
    metrics.request(exchange.routeName(), method, status, nanos);
    var principal = exchange.principal();
    SocketAddress remote = ctx.request().remoteAddress();
    publisher.publish(
        new RequestAudited(
            exchange.requestId(),
            principal == null ? null : principal.congressId(),
            principal == null ? null : principal.subject(),
            remote == null ? null : remote.hostAddress(),
            method,
            exchange.routeName(),
            ctx.request().path(),
            status,
            (int) Math.min(Integer.MAX_VALUE, nanos / 1_000_000),
            exchange.receivedAt()));
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static String randomHex(int bytes) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] hex = new char[bytes * 2];
    for (int i = 0; i < bytes; i++) {
      int b = random.nextInt(256);
      hex[2 * i] = HEX[b >>> 4];
      hex[2 * i + 1] = HEX[b & 0xf];
    }
    return new String(hex);
  }
}
