package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.DirectoryConfig;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A GET on the realm's admin REST API ({@code notifications.directory.*}) with the shared {@link
 * DirectoryToken} and over its {@link KeycloakHttp}, for the {@link KeycloakDirectory} and the
 * {@link KeycloakPhoneBook}: a call answered 401 (token revoked, realm keys rotated) hands the
 * token back and is sent once more with a fresh one. What a status means is the caller's to say.
 */
final class KeycloakAdminApi {
  private final DirectoryConfig config;
  private final DirectoryToken token;

  KeycloakAdminApi(DirectoryConfig config, DirectoryToken token) {
    this.config = config;
    this.token = token;
  }

  /** The answer to {@code GET /admin/realms/<realm><path>}. */
  HttpResponse<String> get(String path) {
    String address = "/admin/realms/" + config.realm() + path;
    String bearer = token.value();
    HttpResponse<String> response = send(address, bearer);
    if (response.statusCode() == 401) {
      token.refused(bearer);
      response = send(address, token.value());
    }
    return response;
  }

  private HttpResponse<String> send(String address, String bearer) {
    HttpRequest request =
        token
            .keycloak()
            .request(address)
            .header("Authorization", "Bearer " + bearer)
            .header("Accept", "application/json")
            .GET()
            .build();
    return token.keycloak().send(request);
  }
}
