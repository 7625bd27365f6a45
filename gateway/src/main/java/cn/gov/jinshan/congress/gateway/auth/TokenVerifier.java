package cn.gov.jinshan.congress.gateway.auth;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/**
 * Checks a bearer token: signature with the realm's keys, algorithm allow-list, issuer, audience,
 * expiry and a subject. Failures are {@link TokenRejectedException}s.
 */
@ApplicationScoped
public class TokenVerifier {
  private final SigningKeys signingKeys;
  private final GatewayConfig.AuthConfig config;
  private final VerifiedTokens verified = new VerifiedTokens(10_000);
  private volatile Consumer consumer;

  public TokenVerifier(SigningKeys signingKeys, GatewayConfig config) {
    this.signingKeys = signingKeys;
    this.config = config.auth();
  }

  public Future<Principal> verify(String token) {
    Principal known = verified.get(token, System.currentTimeMillis() / 1000);
    if (known != null) {
      return Future.succeededFuture(known);
    }
    if (!algorithmAllowed(token)) {
      return Future.failedFuture(new TokenRejectedException(TokenRejection.ALGORITHM_NOT_ALLOWED));
    }
    return signingKeys
        .current()
        .recover(
            e -> Future.failedFuture(new TokenRejectedException(TokenRejection.KEYS_UNAVAILABLE)))
        .compose(keys -> attempt(token, keys, true));
  }

  private Future<Principal> attempt(String token, List<JsonWebKey> keys, boolean mayRefresh) {
    try {
      JwtClaims claims = consumerFor(keys).processToClaims(token);
      Principal principal = principal(claims);
      verified.put(token, principal, claims.getExpirationTime().getValue());
      return Future.succeededFuture(principal);
    } catch (InvalidJwtException e) {
      TokenRejection reason = TokenRejection.of(e);
      if (reason == TokenRejection.UNKNOWN_KEY && mayRefresh) {
        return signingKeys
            .refreshIfStale()
            .recover(
                failed ->
                    Future.failedFuture(
                        new TokenRejectedException(TokenRejection.KEYS_UNAVAILABLE)))
            .compose(fresh -> attempt(token, fresh, false));
      }
      return Future.failedFuture(new TokenRejectedException(reason));
    } catch (MalformedClaimException | RuntimeException e) {
      return Future.failedFuture(new TokenRejectedException(TokenRejection.MALFORMED));
    }
  }

  /**
   * Checks the header's {@code alg} before looking for a key, so that {@code none} or HMAC tokens
   * are refused as such (and never make us fetch the key set again).
   */
  private boolean algorithmAllowed(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return true; // not a JWS at all; the consumer reports it as malformed
    }
    try {
      String header =
          new String(
              Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
      Object alg = new JsonObject(header).getValue("alg");
      return alg instanceof String name && config.algorithms().contains(name);
    } catch (RuntimeException malformed) {
      return true; // the consumer reports it as malformed
    }
  }

  private static Principal principal(JwtClaims claims) throws MalformedClaimException {
    Object congress = claims.getClaimValue("congress_id");
    return new Principal(claims.getSubject(), congress == null ? null : congress.toString());
  }

  private JwtConsumer consumerFor(List<JsonWebKey> keys) {
    Consumer current = consumer;
    if (current == null || current.keys != keys) {
      current = new Consumer(keys, build(keys));
      consumer = current;
    }
    return current.jwtConsumer;
  }

  private JwtConsumer build(List<JsonWebKey> keys) {
    return new JwtConsumerBuilder()
        .setRequireExpirationTime()
        .setRequireSubject()
        .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
        .setExpectedIssuer(config.issuer())
        .setExpectedAudience(config.audience())
        .setJwsAlgorithmConstraints(TokenRejection.permitOnly(config.algorithms()))
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys))
        .build();
  }

  private record Consumer(List<JsonWebKey> keys, JwtConsumer jwtConsumer) {}
}
