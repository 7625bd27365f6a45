package cn.gov.jinshan.congress.notifications.service;

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
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mobile numbers from the Keycloak attribute {@code phone} of the person's user, read through the
 * admin REST API with the directory's client credentials ({@code notifications.directory.*}).
 * Without those credentials configured nobody has a number. A failure to ask surfaces as {@link
 * DirectoryUnavailable}: the message is tried again, not skipped.
 */
@ApplicationScoped
@DefaultBean
public class KeycloakPhoneBook implements PhoneBook {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Optional<String> url;
  private final String realm;
  private final Optional<String> clientId;
  private final Optional<String> clientSecret;
  private final ObjectMapper json;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public KeycloakPhoneBook(
      @ConfigProperty(name = "notifications.directory.url") Optional<String> url,
      @ConfigProperty(name = "notifications.directory.realm", defaultValue = "congress")
          String realm,
      @ConfigProperty(name = "notifications.directory.client-id") Optional<String> clientId,
      @ConfigProperty(name = "notifications.directory.client-secret") Optional<String> clientSecret,
      ObjectMapper json) {
    this.url = url.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    this.realm = realm;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.json = json;
  }

  @Override
  public Optional<String> phoneOf(String personId) {
    if (url.isEmpty() || clientId.isEmpty() || clientSecret.isEmpty()) {
      return Optional.empty();
    }
    HttpResponse<String> response =
        exchange(
            HttpRequest.newBuilder(
                    URI.create(url.get() + "/admin/realms/" + realm + "/users/" + encode(personId)))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json")
                .GET()
                .build());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    JsonNode phone = parse(response).path("attributes").path("phone");
    return phone.isArray() && !phone.isEmpty() && !phone.get(0).asText().isBlank()
        ? Optional.of(phone.get(0).asText().strip())
        : Optional.empty();
  }

  private String token() {
    String form =
        "grant_type=client_credentials&client_id="
            + encode(clientId.get())
            + "&client_secret="
            + encode(clientSecret.get());
    HttpResponse<String> response =
        exchange(
            HttpRequest.newBuilder(
                    URI.create(url.get() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    return parse(response).path("access_token").asText();
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

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak cannot be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("interrupted while asking Keycloak", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
