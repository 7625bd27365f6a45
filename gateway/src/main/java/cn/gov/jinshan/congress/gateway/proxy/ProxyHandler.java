package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.metrics.GatewayMetrics;
import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.Localized;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import cn.gov.jinshan.congress.gateway.routing.Route;
import cn.gov.jinshan.congress.gateway.routing.Upstream;
import cn.gov.jinshan.congress.gateway.routing.Upstreams;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Forwards the request to the route's upstream with Vert.x http-proxy, streaming both bodies, and
 * turns what goes wrong into problems: 413 body too large (for a page: 303 to the console's page
 * saying so), 503 upstream unreachable or its circuit open, 504 no response in time, 502 broken
 * response.
 */
@ApplicationScoped
public class ProxyHandler implements Handler<RoutingContext> {
  private static final List<String> UNTRUSTED_FORWARDING =
      List.of(
          "Forwarded",
          "X-Forwarded-Host",
          "X-Forwarded-Proto",
          "X-Forwarded-Port",
          "X-Forwarded-Prefix",
          "X-Forwarded-Ssl",
          "X-Forwarded-Server",
          "X-Forwarded-Trusted-Proxy");

  private final Upstreams upstreams;
  private final GatewayMetrics metrics;
  private final Vertx vertx;
  private final ConsolePages pages;

  public ProxyHandler(
      Upstreams upstreams, GatewayMetrics metrics, Vertx vertx, ConsolePages pages) {
    this.upstreams = upstreams;
    this.metrics = metrics;
    this.vertx = vertx;
    this.pages = pages;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Exchange exchange = Exchange.of(ctx);
    Route route = exchange.route();
    Upstream upstream = upstreams.get(route.upstream());
    HttpServerRequest request = ctx.request();

    long declaredLength = contentLength(request);
    if (declaredLength > route.maxBodySize()) {
      tooLarge(ctx, route);
      return;
    }
    if (!upstream.breaker().tryAcquire()) {
      metrics.upstreamError(upstream.name(), "circuit-open");
      ctx.response()
          .putHeader(
              HttpHeaders.RETRY_AFTER, Long.toString(upstream.breaker().retryAfterSeconds()));
      ProxyFailures.closeIfBodyUnread(ctx);
      ProblemResponder.respond(
          ctx,
          GatewayProblem.SERVICE_UNAVAILABLE,
          "upstream.circuit-open",
          Localized.service(upstream.name()),
          upstream.breaker().retryAfterSeconds());
      return;
    }

    ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
    forwardHeaders(proxyRequest, exchange, request, upstream);
    if (expectsContinue(request)) {
      // everything that could refuse the request has passed: let the client send its body
      proxyRequest.headers().remove(HttpHeaders.EXPECT);
      ctx.response().writeContinue();
    }
    Attempt attempt = new Attempt(ctx, upstream, route);
    attempt.deadline =
        new ResponseDeadline(vertx, upstream.responseTimeout().toMillis(), attempt::timedOut);
    attempt.body = new MeteredBody(request, route.maxBodySize(), attempt.deadline::touch);
    proxyRequest.setBody(Body.body(attempt.body, declaredLength));

    RequestOptions options =
        new RequestOptions()
            .setHost(upstream.host())
            .setPort(upstream.port())
            .setConnectTimeout(upstream.connectTimeout().toMillis());
    upstream
        .client()
        .request(options)
        .onFailure(
            e -> {
              proxyRequest.release();
              attempt.unreachable();
            })
        .onSuccess(
            clientRequest -> {
              attempt.clientRequest = clientRequest;
              attempt.deadline.start();
              proxyRequest
                  .send(clientRequest)
                  .onSuccess(attempt::responded)
                  .onFailure(e -> attempt.failed());
            });
  }

  private static void forwardHeaders(
      ProxyRequest proxyRequest, Exchange exchange, HttpServerRequest request, Upstream upstream) {
    proxyRequest.putHeader(RequestTracing.REQUEST_ID, exchange.requestId());
    proxyRequest.putHeader(RequestTracing.TRACEPARENT, exchange.traceparent());
    String client = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    String forwardedFor = request.getHeader("X-Forwarded-For");
    proxyRequest.putHeader(
        "X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
    // The services build their absolute URLs (Location, links) from these two, and believe them
    // from the gateway's address only; what a client sent in them, or in the forwarding headers
    // the services do not read, must not reach a service as if the gateway had said it.
    for (String spoofable : UNTRUSTED_FORWARDING) {
      proxyRequest.headers().remove(spoofable);
    }
    proxyRequest.putHeader("X-Forwarded-Host", publicAuthority(request));
    proxyRequest.putHeader("X-Forwarded-Proto", request.scheme());
    proxyRequest.setAuthority(HostAndPort.create(upstream.host(), upstream.port()));
  }

  /** The host (and port) the client addressed: its Host header, as the gateway received it. */
  private static String publicAuthority(HttpServerRequest request) {
    HostAndPort authority = request.authority();
    if (authority == null) {
      return request.localAddress() == null ? "localhost" : request.localAddress().toString();
    }
    return authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
  }

  private static boolean expectsContinue(HttpServerRequest request) {
    String expect = request.getHeader(HttpHeaders.EXPECT);
    return expect != null && expect.equalsIgnoreCase("100-continue");
  }

  private static boolean isEventStream(ProxyResponse response) {
    String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/event-stream");
  }

  private static long contentLength(HttpServerRequest request) {
    String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (header == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void tooLarge(RoutingContext ctx, Route route) {
    ProxyFailures.closeIfBodyUnread(ctx);
    if (pages.serves(route)) {
      pages.sendToTooLargePage(ctx);
      return;
    }
    ProblemResponder.respond(
        ctx, GatewayProblem.PAYLOAD_TOO_LARGE, "payload-too-large", route.maxBodySize());
  }

  /** One forwarding attempt and its outcome. */
  private final class Attempt {
    private final RoutingContext ctx;
    private final Upstream upstream;
    private final Route route;
    private ResponseDeadline deadline;
    private MeteredBody body;
    private HttpClientRequest clientRequest;
    private boolean timedOut;

    private Attempt(RoutingContext ctx, Upstream upstream, Route route) {
      this.ctx = ctx;
      this.upstream = upstream;
      this.route = route;
    }

    void responded(ProxyResponse response) {
      deadline.cancel();
      int status = response.getStatusCode();
      if (status == 502 || status == 503 || status == 504) {
        upstream.breaker().onFailure();
      } else {
        upstream.breaker().onSuccess();
      }
      response.headers().remove(RequestTracing.REQUEST_ID);
      response.send();
      if (isEventStream(response) && !ctx.response().headWritten()) {
        // Vert.x writes the head with the first body chunk; an event stream may stay silent for
        // long, and its client must see the 200 at once to know the stream is live.
        ctx.response().writeHead();
      }
    }

    void timedOut() {
      timedOut = true;
      if (clientRequest != null) {
        clientRequest.reset(0, new TimeoutException("no response in time"));
      }
    }

    void unreachable() {
      upstream.breaker().onFailure();
      metrics.upstreamError(upstream.name(), "unavailable");
      ProxyFailures.closeIfBodyUnread(ctx);
      ProblemResponder.respond(
          ctx,
          GatewayProblem.SERVICE_UNAVAILABLE,
          "upstream.unavailable",
          Localized.service(upstream.name()));
    }

    void failed() {
      deadline.cancel();
      if (ctx.response().closed()) {
        // the client went away; that says nothing about the upstream
        upstream.breaker().onNeutral();
        return;
      }
      ProxyFailures.closeIfBodyUnread(ctx);
      if (body.exceeded()) {
        upstream.breaker().onSuccess();
        tooLarge(ctx, route);
      } else if (timedOut) {
        upstream.breaker().onFailure();
        metrics.upstreamError(upstream.name(), "timeout");
        ProblemResponder.respond(
            ctx,
            GatewayProblem.GATEWAY_TIMEOUT,
            "upstream.timeout",
            Localized.service(upstream.name()),
            upstream.responseTimeout().toMillis());
      } else {
        upstream.breaker().onFailure();
        metrics.upstreamError(upstream.name(), "bad-response");
        ProblemResponder.respond(
            ctx,
            GatewayProblem.BAD_GATEWAY,
            "upstream.bad-response",
            Localized.service(upstream.name()));
      }
    }
  }
}
