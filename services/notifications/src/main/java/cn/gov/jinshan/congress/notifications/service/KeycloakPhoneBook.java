package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpResponse;
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
  private final ObjectMapper json;
  private final KeycloakAdminApi admin;

  public KeycloakPhoneBook(DirectoryConfig config, ObjectMapper json, DirectoryToken token) {
    this.json = json;
    this.admin = new KeycloakAdminApi(config, token);
  }

  @Override
  public Optional<String> phoneOf(String personId) {
    HttpResponse<String> response = admin.get("/users/" + KeycloakHttp.encode(personId));
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    JsonNode phone = parse(response).path("attributes").path("phone");
    return phone.isArray() && !phone.isEmpty() && !phone.get(0).asText().isBlank()
        ? Optional.of(phone.get(0).asText().strip())
        : Optional.empty();
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
}
