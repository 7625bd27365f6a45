package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class CorsTest {
  private static final String FRONT_END = "https://app.congress.test";

  @Test
  void shouldAnswerPreflightFromConfiguredOrigin() {
    given()
        .header("Origin", FRONT_END)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key")
        .when()
        .options("/api/v1/suggestions")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", FRONT_END)
        .header("Access-Control-Allow-Credentials", "true")
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
  }

  @Test
  void shouldNotAllowOtherOrigins() {
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .when()
        .options("/api/v1/suggestions")
        .then()
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void shouldExposeRequestIdToConfiguredOrigin() {
    given()
        .header("Origin", FRONT_END)
        .when()
        .get("/api/v1/public/deputies")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", FRONT_END)
        .header("Access-Control-Allow-Origin", not(equalTo("*")))
        .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
  }
}
