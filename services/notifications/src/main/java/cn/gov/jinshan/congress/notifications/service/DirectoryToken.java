package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The access token of the notifications client (client credentials, {@code
 * notifications.directory.*}) for Keycloak's admin REST API, the one the {@link KeycloakDirectory}
 * and the {@link KeycloakPhoneBook} both call with: fetched once and kept until shortly before its
 * {@code expires_in} runs out, so that a burst of look-ups (a text message each) costs one token
 * request, not one each. A caller whose call Keycloak answers 401 (token revoked, realm keys
 * rotated) hands it back with {@link #refused}; the next {@link #value} fetches a new one.
 *
 * <p>A Caffeine cache of one entry: its {@code get} fetches a missing token once while concurrent
 * callers wait for that fetch, and a fetch that fails leaves nothing behind. Its lifetime is
 * measured by Caffeine's ticker (the machine's monotonic time, not the platform's {@code Clock}:
 * Keycloak counts the token's life in real time, whatever time a test plays).
 */
@ApplicationScoped
public class DirectoryToken {
  /**
   * Renewed this long before Keycloak says it expires, so that a token never runs out between the
   * check and the call it is sent with.
   */
  static final Duration MARGIN = Duration.ofSeconds(30);

  /** What Keycloak's answer is taken to mean when it omits {@code expires_in}. */
  private static final long DEFAULT_EXPIRES_IN_SECONDS = 60;

  private static final String KEY = "directory";

  private record Token(String value, Duration keep) {}

  private final DirectoryConfig config;
  private final ObjectMapper json;
  private final KeycloakHttp keycloak;
  private final Cache<String, Token> token;

  @Inject
  public DirectoryToken(DirectoryConfig config, ObjectMapper json) {
    this(config, json, Ticker.systemTicker(), ForkJoinPool.commonPool());
  }

  /** With the ticker the token's lifetime is measured by and Caffeine's maintenance executor. */
  DirectoryToken(DirectoryConfig config, ObjectMapper json, Ticker ticker, Executor maintenance) {
    this.config = config;
    this.json = json;
    this.keycloak = new KeycloakHttp(config);
    this.token =
        Caffeine.newBuilder()
            .maximumSize(1)
            .expireAfter(Expiry.writing((String key, Token t) -> t.keep()))
            .ticker(ticker)
            .executor(maintenance)
            .build();
  }

  /**
   * The token to send as {@code Authorization: Bearer …}: the kept one, or a new one.
   *
   * @throws DirectoryUnavailable when Keycloak cannot be reached or refuses the credentials
   */
  public String value() {
    return token.get(KEY, k -> fetch()).value();
  }

  /**
   * Keycloak answered 401 to a call with {@code rejected}: it is dropped, so that the next {@link
   * #value} fetches a new one. A newer token another caller fetched meanwhile is kept.
   */
  public void refused(String rejected) {
    token.asMap().computeIfPresent(KEY, (k, t) -> t.value().equals(rejected) ? null : t);
  }

  /** The exchange with Keycloak the token is fetched over, for the calls it is sent with. */
  KeycloakHttp keycloak() {
    return keycloak;
  }

  private Token fetch() {
    String form =
        "grant_type=client_credentials&client_id="
            + KeycloakHttp.encode(config.clientId())
            + "&client_secret="
            + KeycloakHttp.encode(config.clientSecret());
    HttpRequest request =
        keycloak
            .request("/realms/" + config.realm() + "/protocol/openid-connect/token")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = keycloak.send(request);
    if (response.statusCode() != 200) {
      throw new DirectoryUnavailable(
          "Keycloak refused the directory's client credentials (" + response.statusCode() + ")");
    }
    JsonNode answer;
    try {
      answer = json.readTree(response.body());
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak's token answer is not JSON", e);
    }
    String value = answer.path("access_token").asText("");
    if (value.isBlank()) {
      throw new DirectoryUnavailable("Keycloak's token answer has no access_token");
    }
    Duration lifetime =
        Duration.ofSeconds(answer.path("expires_in").asLong(DEFAULT_EXPIRES_IN_SECONDS));
    Duration keep = lifetime.minus(MARGIN);
    return new Token(value, keep.isNegative() ? Duration.ZERO : keep);
  }
}
