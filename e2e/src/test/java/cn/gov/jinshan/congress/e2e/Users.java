package cn.gov.jinshan.congress.e2e;

import static io.restassured.RestAssured.given;

import cn.gov.jinshan.congress.testing.Keycloak;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real Keycloak tokens of the dev realm's callers, fetched once and reused: password grants are
 * slow (about 12 per second) and a token lives 900 s, so one is refreshed after 10 minutes. A
 * caller is a user (password grant) or a department's office system such as {@code dept-edu-system}
 * (client credentials: the system has no password, only its client secret).
 */
final class Users {
  private static final long REFRESH_AFTER_NANOS = 600L * 1_000_000_000L;
  private static final Map<String, Cached> TOKENS = new ConcurrentHashMap<>();
  private static final String TOKEN_URL =
      "http://127.0.0.1:"
          + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180")
          + "/realms/congress/protocol/openid-connect/token";

  private Users() {}

  static String token(String caller) {
    Cached cached = TOKENS.get(caller);
    if (cached == null || System.nanoTime() - cached.fetchedAt > REFRESH_AFTER_NANOS) {
      String token =
          isDepartmentSystem(caller) ? clientCredentials(caller) : Keycloak.token(caller);
      cached = new Cached(token, System.nanoTime());
      TOKENS.put(caller, cached);
    }
    return cached.token;
  }

  /**
   * A client-credentials token of a department's office system; the dev realm's secret of each such
   * client is its id + "-secret". Its service account carries the department's role and claims, and
   * no password, e-mail or name.
   */
  private static String clientCredentials(String clientId) {
    return given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId)
        .formParam("client_secret", clientId + "-secret")
        .post(TOKEN_URL)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  /** The dev realm names each department's office system client dept-<department>-system. */
  static boolean isDepartmentSystem(String caller) {
    return caller.matches("dept-[a-z]+-system");
  }

  /** The login of dev deputy n (1..30). */
  static String deputy(int n) {
    return String.format("deputy%02d", n);
  }

  private record Cached(String token, long fetchedAt) {}
}
