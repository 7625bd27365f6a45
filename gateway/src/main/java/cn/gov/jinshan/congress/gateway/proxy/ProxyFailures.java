package cn.gov.jinshan.congress.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Helpers for answering a request the gateway refuses or cannot forward. */
final class ProxyFailures {
  private ProxyFailures() {}

  /**
   * When the gateway answers before reading the request body, the rest of the body is still on the
   * connection: close it after the answer instead of reading the body.
   */
  static void closeIfBodyUnread(RoutingContext ctx) {
    if (!ctx.request().isEnded() && !ctx.response().headWritten()) {
      ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
    }
  }
}
