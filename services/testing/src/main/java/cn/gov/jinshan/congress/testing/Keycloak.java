package cn.gov.jinshan.congress.testing;

import static io.restassured.RestAssured.given;

/** Access tokens from the real Keycloak of the local stack, for the dev realm's demo logins. */
public final class Keycloak {
  private static final String TOKEN_URL =
      "http://127.0.0.1:"
          + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180")
          + "/realms/congress/protocol/openid-connect/token";

  private Keycloak() {}

  /** A password-grant token; the dev realm's password is the username + "-pass". */
  public static String token(String username) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "congress-web")
        .formParam("username", username)
        .formParam("password", username + "-pass")
        .post(TOKEN_URL)
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
