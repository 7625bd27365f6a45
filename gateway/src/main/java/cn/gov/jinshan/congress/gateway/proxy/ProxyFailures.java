package cn.gov.jinshan.congress.gateway.proxy;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/** Helpers for answering a request the gateway refuses or cannot forward. */
final class ProxyFailures {
  private ProxyFailures() {}

  /**
   * When the gateway answers before reading the request: a request without a body is let finish
   * (the connection stays reusable); with a body, the rest of it is still on the connection, so the
   * connection is closed after the answer instead of reading a body nobody wants.
   */
  static void closeIfBodyUnread(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.isEnded() || ctx.response().headWritten()) {
      return;
    }
    if (hasBody(request)) {
      ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
    } else {
      request.resume();
    }
  }

  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null) {
      return !"0".equals(length.trim());
    }
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }
}
