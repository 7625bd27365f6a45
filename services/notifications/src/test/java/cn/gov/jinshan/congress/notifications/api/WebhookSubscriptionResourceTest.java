package cn.gov.jinshan.congress.notifications.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.jinshan.congress.notifications.support.Webhooks;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The subscriptions' routes: who may use them, what URLs they take, the secret shown once. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebhookSubscriptionResourceTest {
  private static final String PATH = "/api/v1/webhook-subscriptions";

  @Test
  void shouldShowTheSecretOnceAndNeverAgain() {
    Webhooks dept = new Webhooks();
    String key = UUID.randomUUID().toString();
    Map<String, Object> body =
        Map.of(
            "url",
            "http://127.0.0.1:9/hook",
            "eventTypes",
            List.of("suggestion.assigned", "suggestion.closed"));
    String id =
        given()
            .auth()
            .oauth2(dept.token)
            .header("Idempotency-Key", key)
            .contentType(ContentType.JSON)
            .body(body)
            .when()
            .post(PATH)
            .then()
            .statusCode(201)
            .header("Location", containsString(PATH + "/"))
            .header("Cache-Control", "no-store")
            .body("secret", startsWith("whsec_"))
            .body("departmentId", equalTo(dept.departmentId))
            .body("status", equalTo("ACTIVE"))
            .body("eventTypes", hasSize(2))
            .extract()
            .path("id");

    given()
        .auth()
        .oauth2(dept.token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .when()
        .post(PATH)
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", equalTo(id))
        .body("secret", nullValue());
    given()
        .auth()
        .oauth2(dept.token)
        .when()
        .get(PATH + "/" + id)
        .then()
        .statusCode(200)
        .body("url", equalTo("http://127.0.0.1:9/hook"))
        .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
    given()
        .auth()
        .oauth2(dept.token)
        .when()
        .get(PATH)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].id", equalTo(id))
        .body("[0]", not(org.hamcrest.Matchers.hasKey("secret")));
  }

  @Test
  void shouldRefuseUrlsOutsideTheAllowListOrWithoutHttps() {
    Webhooks dept = new Webhooks();
    for (String url :
        List.of(
            "https://internal.example.com/hook",
            "http://169.254.169.254/latest/meta-data",
            "ftp://127.0.0.1/hook",
            "http://user:pw@127.0.0.1/hook",
            "not a url")) {
      given()
          .auth()
          .oauth2(dept.token)
          .contentType(ContentType.JSON)
          .body(Map.of("url", url, "eventTypes", List.of("suggestion.assigned")))
          .when()
          .post(PATH)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", not(nullValue()));
    }
    given()
        .auth()
        .oauth2(dept.token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "url",
                "https://internal.example.com/hook",
                "eventTypes",
                List.of("suggestion.assigned")))
        .when()
        .post(PATH)
        .then()
        .statusCode(400)
        .body("detail", containsString("internal.example.com"));
  }

  @Test
  void shouldRefuseEventTypesItDoesNotDeliver() {
    Webhooks dept = new Webhooks();
    given()
        .auth()
        .oauth2(dept.token)
        .contentType(ContentType.JSON)
        .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("ballot.cast")))
        .when()
        .post(PATH)
        .then()
        .statusCode(400)
        .body("detail", containsString("ballot.cast"));
    given()
        .auth()
        .oauth2(dept.token)
        .contentType(ContentType.JSON)
        .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of()))
        .when()
        .post(PATH)
        .then()
        .statusCode(400);
  }

  @Test
  void shouldHideOtherDepartmentsAndCongressesSubscriptions() {
    Webhooks dept = new Webhooks();
    String id = dept.subscribe("http://127.0.0.1:9/hook", "suggestion.assigned").id();
    String other = Tokens.department(dept.congressId, "OTHER-" + dept.departmentId);
    String otherCongress = Tokens.department("X-" + dept.congressId, dept.departmentId);
    for (String token : List.of(other, otherCongress)) {
      given().auth().oauth2(token).when().get(PATH + "/" + id).then().statusCode(404);
      given().auth().oauth2(token).when().delete(PATH + "/" + id).then().statusCode(404);
      given()
          .auth()
          .oauth2(token)
          .when()
          .get(PATH + "/" + id + "/deliveries")
          .then()
          .statusCode(404);
      given().auth().oauth2(token).when().get(PATH).then().statusCode(200).body("", hasSize(0));
    }
    given().auth().oauth2(dept.token).when().get(PATH + "/" + id).then().statusCode(200);
  }

  @Test
  void shouldLetOnlyDepartmentsUseTheRoutes() {
    String congress = "T-" + UUID.randomUUID().toString().substring(0, 8);
    for (String token :
        List.of(
            Tokens.staff(congress),
            Tokens.admin(congress),
            Tokens.deputy(congress, UUID.randomUUID()))) {
      given().auth().oauth2(token).when().get(PATH).then().statusCode(403);
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "url", "http://127.0.0.1:9/hook", "eventTypes", List.of("suggestion.assigned")))
          .when()
          .post(PATH)
          .then()
          .statusCode(403);
    }
    given().when().get(PATH).then().statusCode(401);
    // a department role without the department claim has no subscriptions
    given()
        .auth()
        .oauth2(Tokens.withRoles(congress, "department"))
        .when()
        .get(PATH)
        .then()
        .statusCode(403);
  }

  @Test
  void shouldUnsubscribe() {
    Webhooks dept = new Webhooks();
    String id = dept.subscribe("http://127.0.0.1:9/hook", "suggestion.assigned").id();
    given().auth().oauth2(dept.token).when().delete(PATH + "/" + id).then().statusCode(204);
    given().auth().oauth2(dept.token).when().get(PATH + "/" + id).then().statusCode(404);
  }
}
