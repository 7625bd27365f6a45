package cn.gov.jinshan.congress.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only way the system tests talk to the platform: through the gateway, with real tokens.
 *
 * <p>The gateway limits requests per token subject (GATEWAY_RATE_SUBJECT, 600/min) and per client
 * address for anonymous calls (GATEWAY_RATE_ANONYMOUS, 120/min). The tests pace themselves below
 * those limits ({@link Pace}), so a 429 in a test is a finding, not noise.
 */
final class Gateway {
  static final String BASE_URL =
      "http://127.0.0.1:" + System.getenv().getOrDefault("GATEWAY_PORT", "8080");

  private static final RestAssuredConfig CONFIG =
      RestAssured.config()
          .httpClient(
              HttpClientConfig.httpClientConfig()
                  // Longer than the gateway's 30 s response timeout: a hang is a finding.
                  .setParam("http.socket.timeout", 45_000)
                  .setParam("http.connection.timeout", 5_000))
          .encoderConfig(
              EncoderConfig.encoderConfig()
                  .defaultContentCharset("UTF-8")
                  .appendDefaultContentCharsetToContentTypeIfUndefined(false));
  private static final Pace PACE = new Pace();

  private Gateway() {}

  /** A request as the given dev realm user. */
  static RequestSpecification as(String username) {
    return withToken(Users.token(username));
  }

  /** A request with the given bearer token (valid or not). */
  static RequestSpecification withToken(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** A request without a token. */
  static RequestSpecification anonymous() {
    return given()
        .config(CONFIG)
        .baseUri(BASE_URL)
        .contentType(ContentType.JSON)
        .accept("application/json, application/problem+json")
        .filter(PACE);
  }

  /**
   * Keeps each caller (token, or no token) below the gateway's limits: at most {@code limit}
   * requests in any 60 s window, waiting when needed.
   */
  static final class Pace implements Filter {
    private static final int SUBJECT_LIMIT =
        Integer.parseInt(System.getenv().getOrDefault("GATEWAY_RATE_SUBJECT", "600")) * 9 / 10;
    private static final int ANONYMOUS_LIMIT =
        Integer.parseInt(System.getenv().getOrDefault("GATEWAY_RATE_ANONYMOUS", "120")) * 9 / 10;
    private static final long WINDOW_NANOS = 61_000_000_000L;
    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();

    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification response,
        FilterContext ctx) {
      String auth = request.getHeaders().getValue("Authorization");
      boolean anonymous = auth == null || !auth.startsWith("Bearer ");
      if (request.getURI().contains("/api/v1/public/")) {
        // Public routes skip authentication: the gateway limits them per client address, token
        // or not.
        acquire("", ANONYMOUS_LIMIT);
      } else if (!anonymous) {
        acquire(auth, SUBJECT_LIMIT);
      }
      // Anonymous calls of other routes are refused (401) before the gateway's rate limiter.
      return ctx.next(request, response);
    }

    private void acquire(String key, int limit) {
      Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
      while (true) {
        long wait;
        synchronized (window) {
          long now = System.nanoTime();
          while (!window.isEmpty() && now - window.peekFirst() > WINDOW_NANOS) {
            window.pollFirst();
          }
          if (window.size() < limit) {
            window.addLast(now);
            return;
          }
          wait = WINDOW_NANOS - (now - window.peekFirst());
        }
        try {
          Thread.sleep(Math.max(1, wait / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
