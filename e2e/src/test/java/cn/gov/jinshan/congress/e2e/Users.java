package cn.gov.jinshan.congress.e2e;

import cn.gov.jinshan.congress.testing.Keycloak;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real Keycloak tokens of the dev realm's users, fetched once and reused: password grants are slow
 * (about 12 per second) and a token lives 900 s, so one is refreshed after 10 minutes.
 */
final class Users {
  private static final long REFRESH_AFTER_NANOS = 600L * 1_000_000_000L;
  private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();

  private Users() {}

  static String token(String username) {
    Cached cached = TOKENS.get(username);
    if (cached == null || System.nanoTime() - cached.fetchedAt > REFRESH_AFTER_NANOS) {
      cached = new Cached(Keycloak.token(username), System.nanoTime());
      TOKENS.put(username, cached);
    }
    return cached.token;
  }

  /** The login of dev deputy n (1..30). */
  static String deputy(int n) {
    return String.format("deputy%02d", n);
  }

  private record Cached(String token, long fetchedAt) {}
}
