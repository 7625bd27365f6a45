package cn.gov.jinshan.congress.notifications.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** The service starts against the real database (its schema migrated) and reports ready. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReadinessTest {

  @Test
  void shouldBeReadyWithItsSchemaMigrated() {
    given().when().get("/q/health/ready").then().statusCode(200);
  }
}
