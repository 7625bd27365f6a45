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
 * The HTTP exchange with Keycloak ({@code notifications.directory.url}, {@code .timeout}) that the
 * {@link DirectoryToken} and the {@link KeycloakAdminApi} share: one client, addresses from the
 * server's root, and Keycloak unreachable or too slow as {@link DirectoryUnavailable}.
 */
final class KeycloakHttp {
  private final DirectoryConfig config;
  private final HttpClient client;

  KeycloakHttp(DirectoryConfig config) {
    this.config = config;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A request to {@code <url><path>}, e.g. {@code /realms/congress/...}, with the timeout. */
  HttpRequest.Builder request(String path) {
    String url = config.url();
    String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(config.timeout());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("interrupted while asking Keycloak", e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
