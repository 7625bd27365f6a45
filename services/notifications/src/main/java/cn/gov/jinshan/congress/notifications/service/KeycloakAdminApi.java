package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A GET on the realm's admin REST API ({@code notifications.directory.*}) with the shared {@link
 * DirectoryToken}, for the {@link KeycloakDirectory} and the {@link KeycloakPhoneBook}: a call
 * answered 401 (token revoked, realm keys rotated) hands the token back and is sent once more with
 * a fresh one; Keycloak unreachable or too slow is {@link DirectoryUnavailable}. What a status
 * means is the caller's to say.
 */
final class KeycloakAdminApi {
  private final DirectoryConfig config;
  private final DirectoryToken token;
  private final HttpClient http;

  KeycloakAdminApi(DirectoryConfig config, DirectoryToken token) {
    this.config = config;
    this.token = token;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The answer to {@code GET /admin/realms/<realm><path>}. */
  HttpResponse<String> get(String path) {
    String url = config.url();
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    URI uri = URI.create(base + "/admin/realms/" + config.realm() + path);
    String bearer = token.value();
    HttpResponse<String> response = send(uri, bearer);
    if (response.statusCode() == 401) {
      token.refused(bearer);
      response = send(uri, token.value());
    }
    return response;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(URI uri, String bearer) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(config.timeout())
            .header("Authorization", "Bearer " + bearer)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("interrupted while asking Keycloak", e);
    }
  }
}
