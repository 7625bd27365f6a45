package cn.gov.jinshan.congress.platform.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens this service has verified, each with the identity quarkus-oidc built from it, kept
 * until the token expires. A client sends the same token with every call of a session (a deputy
 * checks in, reads the ballot, casts it), and the signature check and claim parsing were 17% of the
 * voting service's CPU per ballot: with this they are paid once per token, not per request.
 *
 * <p>Keyed by the whole token string, so a token differing in any byte (another signature, another
 * claim) is a miss and is verified in full. Only identities that quarkus-oidc built from a verified
 * token enter ({@link VerifiedTokenRecorder}); an entry is never used at or after the token's
 * {@code exp}. What a cached identity cannot see: a signing key withdrawn from the realm's JWKS
 * while a token signed with it is still unexpired (quarkus-oidc itself notices that only when it
 * refreshes the keys), and a second OIDC tenant (this platform has one). Bounded: when full it is
 * emptied, since a miss only costs a verification.
 */
@ApplicationScoped
public class VerifiedTokens {
  private record Entry(SecurityIdentity identity, long expiresAtSeconds) {}

  /** Identity attributes that belong to the request the token came with, not to the token. */
  private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

  private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final int maxEntries;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  public VerifiedTokens(
      @ConfigProperty(
              name = "platform.security.verified-tokens.max-entries",
              defaultValue = "10000")
          int maxEntries,
      MeterRegistry registry) {
    this.maxEntries = maxEntries;
    FunctionCounter.builder("platform.verified.tokens", hits, LongAdder::sum)
        .tag("result", "hit")
        .description("Requests whose bearer token was verified before and not yet expired")
        .register(registry);
    FunctionCounter.builder("platform.verified.tokens", misses, LongAdder::sum)
        .tag("result", "miss")
        .description("Requests whose bearer token had to be verified")
        .register(registry);
  }

  /**
   * The identity of a token verified before and not expired at {@code nowSeconds}, bound to this
   * request's routing context; null when the token has to be verified.
   */
  public SecurityIdentity identityFor(String token, RoutingContext request, long nowSeconds) {
    Entry entry = maxEntries > 0 ? entries.get(token) : null;
    if (entry == null || nowSeconds >= entry.expiresAtSeconds) {
      if (entry != null) {
        entries.remove(token, entry);
      }
      misses.increment();
      return null;
    }
    hits.increment();
    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(entry.identity);
    if (request != null) {
      identity.addAttribute(ROUTING_CONTEXT, request);
      Object requestContext = request.get(REQUEST_CONTEXT);
      if (requestContext != null) {
        identity.addAttribute(REQUEST_CONTEXT, requestContext);
      }
    }
    return identity.build();
  }

  /**
   * Keeps an identity built from a verified bearer token, without the attributes of the request it
   * came with. Identities without a token credential or a JWT principal are not kept.
   */
  public void remember(SecurityIdentity identity) {
    if (maxEntries <= 0
        || identity.isAnonymous()
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return;
    }
    TokenCredential credential = identity.getCredential(TokenCredential.class);
    if (credential == null
        || credential.getToken() == null
        || entries.containsKey(credential.getToken())) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries.clear();
    }
    entries.put(credential.getToken(), new Entry(detached(identity), jwt.getExpirationTime()));
  }

  /** Requests whose token was found here. */
  public long hits() {
    return hits.sum();
  }

  private static SecurityIdentity detached(SecurityIdentity identity) {
    Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
    attributes.remove(ROUTING_CONTEXT);
    attributes.remove(REQUEST_CONTEXT);
    QuarkusSecurityIdentity.Builder copy =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(identity.getPrincipal())
            .addRoles(identity.getRoles())
            .addCredentials(identity.getCredentials())
            .addAttributes(attributes);
    if (identity instanceof QuarkusSecurityIdentity quarkus) {
      copy.addPermissions(quarkus.getPermissions());
    }
    return copy.build();
  }
}
