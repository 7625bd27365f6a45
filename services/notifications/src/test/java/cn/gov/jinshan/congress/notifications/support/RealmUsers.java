package cn.gov.jinshan.congress.notifications.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The user ids of the local stack's Keycloak realm (the demo logins), read independently of the
 * service's directory with the same client credentials, so that tests can name the people they
 * expect to be told.
 */
public final class RealmUsers {
  public static final String CONGRESS = "JS-DISTRICT";
  private static final String BASE =
      "http://127.0.0.1:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "8180");
  private static final Map<String, String> IDS = new ConcurrentHashMap<>();

  private RealmUsers() {}

  /** The user ids of the district's deputies, deputy01 … deputy30. */
  public static Set<String> districtDeputies() {
    return IntStream.rangeClosed(1, 30)
        .mapToObj(n -> id(String.format("deputy%02d", n)))
        .collect(Collectors.toSet());
  }

  /** The deputy id the realm gives deputyNN: 00000000-0000-4000-8000-0000000000NN. */
  public static String deputyId(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n)).toString();
  }

  /** The Keycloak user id (token sub) of a username. */
  public static String id(String username) {
    return IDS.computeIfAbsent(username, RealmUsers::lookUp);
  }

  private static String lookUp(String username) {
    List<String> ids =
        given()
            .auth()
            .oauth2(adminToken())
            .queryParam("username", username)
            .queryParam("exact", true)
            .get(BASE + "/admin/realms/congress/users")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id", String.class);
    if (ids.size() != 1) {
      throw new IllegalStateException("no single realm user " + username + ": " + ids);
    }
    return ids.get(0);
  }

  private static String adminToken() {
    return given()
        .formParam("grant_type", "client_credentials")
        .formParam("client_id", "congress-notifications")
        .formParam("client_secret", "congress-notifications-secret")
        .post(BASE + "/realms/congress/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }
}
