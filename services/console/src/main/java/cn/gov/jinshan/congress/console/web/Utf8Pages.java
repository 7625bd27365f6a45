package cn.gov.jinshan.congress.console.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every page says it is UTF-8 in its Content-Type, not only in its meta tag: Qute's pages go out as
 * a bare text/html, and clients that do not read the meta tag decode the Chinese as Latin-1.
 */
@ApplicationScoped
public class Utf8Pages {
  static final String HTML = "text/html";
  static final String HTML_UTF8 = "text/html;charset=UTF-8";

  void declareCharset(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              ctx.addHeadersEndHandler(
                  v -> {
                    var headers = ctx.response().headers();
                    if (HTML.equals(headers.get(HttpHeaders.CONTENT_TYPE))) {
                      headers.set(HttpHeaders.CONTENT_TYPE, HTML_UTF8);
                    }
                  });
              ctx.next();
            });
  }
}
