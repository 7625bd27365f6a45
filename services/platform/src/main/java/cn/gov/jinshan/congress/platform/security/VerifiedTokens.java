package cn.gov.jinshan.congress.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
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
 * refreshes the keys), and a second OIDC tenant (this platform has one). A Caffeine cache bounded
 * in size (when full, the entries least likely to be used again go; a miss only costs a
 * verification), each entry expiring at its token's {@code exp}; Micrometer reports it as the cache
 * {@code verified-tokens} ({@code cache.gets}, {@code cache.evictions}, …).
 */
@ApplicationScoped
public class VerifiedTokens {
  private record Entry(SecurityIdentity identity, long expiresAtSeconds) {}

  /** Identity attributes that belong to the request the token came with, not to the token. */
  private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

  private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

  private final Cache<String, Entry> entries;
  private final boolean enabled;

  @Inject
  public VerifiedTokens(
      @ConfigProperty(
              name = "platform.security.verified-tokens.max-entries",
              defaultValue = "10000")
          int maxEntries,
      MeterRegistry registry) {
    this(maxEntries, registry, ForkJoinPool.commonPool());
  }

  /** With the executor Caffeine runs its maintenance on (a test passes the calling thread). */
  VerifiedTokens(int maxEntries, MeterRegistry registry, Executor maintenance) {
    this.enabled = maxEntries > 0;
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(Math.max(maxEntries, 0))
            .expireAfter(Expiry.writing((String token, Entry entry) -> untilExpiry(entry)))
            .executor(maintenance)
            .recordStats()
            .build();
    CaffeineCacheMetrics.monitor(registry, entries, "verified-tokens");
  }

  /**
   * The identity of a token verified before and not expired at {@code nowSeconds}, bound to this
   * request's routing context; null when the token has to be verified.
   */
  public SecurityIdentity identityFor(String token, RoutingContext request, long nowSeconds) {
    Entry entry = enabled ? entries.getIfPresent(token) : null;
    // Caffeine expires entries by its own clock; the token's exp is checked against the request's
    // time as well, so that no entry is used at or after it whatever the cache's timing.
    if (entry == null || nowSeconds >= entry.expiresAtSeconds) {
      if (entry != null) {
        entries.asMap().remove(token, entry);
      }
      return null;
    }
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
    if (!enabled
        || identity.isAnonymous()
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return;
    }
    TokenCredential credential = identity.getCredential(TokenCredential.class);
    if (credential == null || credential.getToken() == null) {
      return;
    }
    // Through the map view, so that keeping a token does not count as a lookup in the statistics.
    entries
        .asMap()
        .putIfAbsent(credential.getToken(), new Entry(detached(identity), jwt.getExpirationTime()));
  }

  /** Requests whose token was found here. */
  public long hits() {
    return entries.stats().hitCount();
  }

  /** How long an entry may stay: until its token's {@code exp}, by the wall clock. */
  private static Duration untilExpiry(Entry entry) {
    Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(entry.expiresAtSeconds));
    return left.isNegative() ? Duration.ZERO : left;
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
