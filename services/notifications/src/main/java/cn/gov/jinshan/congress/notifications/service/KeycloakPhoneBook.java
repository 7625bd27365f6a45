package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Mobile numbers from the Keycloak attribute {@code phone} of the person's user, read through the
 * admin REST API ({@code notifications.directory.*}) with the directory's shared {@link
 * DirectoryToken}. A failure to ask surfaces as {@link DirectoryUnavailable}: the message is tried
 * again, not skipped.
 */
@ApplicationScoped
@DefaultBean
public class KeycloakPhoneBook implements PhoneBook {
  private final DirectoryConfig config;
  private final ObjectMapper json;
  private final DirectoryToken token;
  private final HttpClient http;

  public KeycloakPhoneBook(DirectoryConfig config, ObjectMapper json, DirectoryToken token) {
    this.config = config;
    this.json = json;
    this.token = token;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Optional<String> phoneOf(String personId) {
    URI uri = URI.create(base() + "/admin/realms/" + config.realm() + "/users/" + encode(personId));
    String bearer = token.value();
    HttpResponse<String> response = send(uri, bearer);
    if (response.statusCode() == 401) {
      // the token was revoked or the realm's keys rotated: once more with a fresh one
      token.refused(bearer);
      response = send(uri, token.value());
    }
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    JsonNode phone = parse(response).path("attributes").path("phone");
    return phone.isArray() && !phone.isEmpty() && !phone.get(0).asText().isBlank()
        ? Optional.of(phone.get(0).asText().strip())
        : Optional.empty();
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

  private JsonNode parse(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new DirectoryUnavailable("Keycloak answered " + response.statusCode());
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak's answer is not JSON", e);
    }
  }

  private String base() {
    String url = config.url();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
