package cn.gov.jinshan.congress.console.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest form a page accepts (a 10 MB file with the form around it), checked on the declared
 * length before anything reads the body, so a person who picked too large a file gets the 文件过大 page
 * in Chinese. Quarkus' own {@code quarkus.http.limits.max-body-size}, set above this, stays the
 * hard stop for a body that declares no length; it answers a bare 413 before any handler.
 */
@ApplicationScoped
public class UploadLimit {
  static final String TOO_LARGE = "/errors/too-large";

  private final long limit;

  public UploadLimit(
      @ConfigProperty(name = "console.max-form-size", defaultValue = "11M") MemorySize limit) {
    this.limit = limit.asLongValue();
  }

  void checkDeclaredLength(@Observes Router router) {
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              if (!TOO_LARGE.equals(ctx.normalizedPath())
                  && declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)) > limit) {
                // the body is left unread: the connection cannot carry another request
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                // the page is rendered where pages are (it shows who is logged in)
                ctx.reroute(HttpMethod.GET, TOO_LARGE);
              } else {
                ctx.next();
              }
            });
  }

  private static long declaredLength(String header) {
    try {
      return header == null ? -1 : Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
