package cn.gov.jinshan.congress.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {
  private final long now = System.currentTimeMillis() / 1000;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void aFullCacheEvictsSomeEntriesNotAll() {
    VerifiedTokens tokens = new VerifiedTokens(2, registry, Runnable::run);
    tokens.remember(identity("t1", now + 600));
    tokens.remember(identity("t2", now + 600));

    tokens.remember(identity("t3", now + 600));

    long kept =
        Set.of("t1", "t2", "t3").stream()
            .filter(token -> tokens.identityFor(token, null, now) != null)
            .count();
    assertThat(kept).as("the bound holds and the cache is not emptied").isEqualTo(2);
  }

  @Test
  void anEntryIsNotUsedFromItsTokensExpiryOn() {
    VerifiedTokens tokens = new VerifiedTokens(10, registry, Runnable::run);
    tokens.remember(identity("t1", now + 600));

    assertThat(tokens.identityFor("t1", null, now + 599)).isNotNull();
    assertThat(tokens.identityFor("t1", null, now + 600)).isNull();
  }

  @Test
  void hitsAreCountedInTheCacheMetrics() {
    VerifiedTokens tokens = new VerifiedTokens(10, registry, Runnable::run);
    tokens.remember(identity("t1", now + 600));

    tokens.identityFor("t1", null, now);
    tokens.identityFor("unknown", null, now);

    assertThat(tokens.hits()).isEqualTo(1);
    assertThat(registry.get("cache.gets").tag("cache", "verified-tokens").tag("result", "miss"))
        .satisfies(miss -> assertThat(miss.functionCounter().count()).isEqualTo(1.0));
  }

  private static SecurityIdentity identity(String token, long expiresAt) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new Jwt("subject-" + token, expiresAt))
        .addRole("deputy")
        .addCredential(new TokenCredential(token, "bearer"))
        .build();
  }

  private record Jwt(String getName, long expiresAt) implements JsonWebToken {
    @Override
    public Set<String> getClaimNames() {
      return Set.of("exp");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return "exp".equals(claimName) ? (T) Long.valueOf(expiresAt) : null;
    }
  }
}
