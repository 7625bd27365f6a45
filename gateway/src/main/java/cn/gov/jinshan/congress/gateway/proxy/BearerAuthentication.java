package cn.gov.jinshan.congress.gateway.proxy;

import cn.gov.jinshan.congress.gateway.auth.TokenRejectedException;
import cn.gov.jinshan.congress.gateway.auth.TokenRejection;
import cn.gov.jinshan.congress.gateway.auth.TokenVerifier;
import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.problem.GatewayProblem;
import cn.gov.jinshan.congress.gateway.problem.ProblemResponder;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Requires a valid bearer token except on public prefixes; the Authorization header itself is
 * forwarded unchanged so that each service checks the token again.
 */
@ApplicationScoped
public class BearerAuthentication implements Handler<RoutingContext> {
  private static final String BEARER = "bearer ";

  private final TokenVerifier verifier;
  private final List<String> publicPrefixes;

  public BearerAuthentication(TokenVerifier verifier, GatewayConfig config) {
    this.verifier = verifier;
    this.publicPrefixes = List.copyOf(config.publicPrefixes());
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (isPublic(ctx.request().path())) {
      ctx.next();
      return;
    }
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || authorization.length() <= BEARER.length()
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      refuse(ctx, TokenRejection.MISSING);
      return;
    }
    verifier
        .verify(authorization.substring(BEARER.length()).trim())
        .onSuccess(
            principal -> {
              Exchange.of(ctx).principal(principal);
              ctx.next();
            })
        .onFailure(
            e ->
                refuse(
                    ctx,
                    e instanceof TokenRejectedException rejected
                        ? rejected.reason()
                        : TokenRejection.MALFORMED));
  }

  private boolean isPublic(String path) {
    for (String prefix : publicPrefixes) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(RoutingContext ctx, TokenRejection reason) {
    ctx.response()
        .putHeader(
            "WWW-Authenticate",
            reason == TokenRejection.MISSING ? "Bearer" : "Bearer error=\"invalid_token\"");
    ProxyFailures.closeIfBodyUnread(ctx);
    ProblemResponder.respond(ctx, GatewayProblem.UNAUTHENTICATED, reason.messageKey());
  }
}
