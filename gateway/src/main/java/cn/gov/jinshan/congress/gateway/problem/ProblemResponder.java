package cn.gov.jinshan.congress.gateway.problem;

import cn.gov.jinshan.congress.messages.Messages;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** Writes the gateway's own errors as problem+json in the client's language. */
public final class ProblemResponder {
  private ProblemResponder() {}

  /** Ends the response with {@code problem}; does nothing if the response has already started. */
  public static void respond(
      RoutingContext ctx, GatewayProblem problem, String messageKey, Object... args) {
    HttpServerResponse response = ctx.response();
    if (response.headWritten() || response.ended() || response.closed()) {
      return;
    }
    Locale locale = Messages.choose(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    Object[] localized = args.clone();
    for (int i = 0; i < localized.length; i++) {
      if (localized[i] instanceof Localized name) {
        localized[i] = name.in(locale);
      }
    }
    JsonObject body =
        new JsonObject()
            .put("type", problem.type())
            .put("title", Messages.get(locale, "title." + problem.code()))
            .put("status", problem.status())
            .put("detail", Messages.get(locale, messageKey, localized))
            .put("instance", ctx.request().path())
            .put("code", problem.code());
    response
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
        .end(body.toBuffer());
  }
}
