package cn.gov.jinshan.congress.deputies.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import cn.gov.jinshan.congress.testing.Keycloak;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged service against the real Keycloak: tokens of the dev realm (audience mapper, realm
 * roles, deputy_id and congress_id attributes) are accepted and mapped as intended.
 */
@QuarkusIntegrationTest
class DeputiesWithKeycloakIT {
  private static final String DEPUTY01 = "00000000-0000-4000-8000-000000000001";

  @Test
  void shouldLetRealDeputyTokenReadOwnRecordOnly() {
    String staff = Keycloak.token("staff1");
    String delegation =
        given()
            .auth()
            .oauth2(staff)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "IT 测试代表团"))
            .post("/api/v1/delegations")
            .then()
            .statusCode(anyOf(is(201), is(409)))
            .extract()
            .path("id");
    if (delegation == null) {
      delegation =
          given()
              .auth()
              .oauth2(staff)
              .get("/api/v1/delegations")
              .then()
              .statusCode(200)
              .extract()
              .path("find { it.name == 'IT 测试代表团' }.id");
    }
    given()
        .auth()
        .oauth2(staff)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id",
                DEPUTY01,
                "name",
                "王伟",
                "gender",
                "MALE",
                "level",
                "DISTRICT",
                "term",
                6,
                "delegationId",
                delegation))
        .post("/api/v1/deputies")
        .then()
        .statusCode(anyOf(is(201), is(409)));

    String deputy = Keycloak.token("deputy01");
    given()
        .auth()
        .oauth2(deputy)
        .get("/api/v1/deputies/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(DEPUTY01))
        .body("congressId", equalTo("JS-DISTRICT"));
    given().auth().oauth2(deputy).get("/api/v1/deputies").then().statusCode(403);
  }

  @Test
  void shouldKeepTownStaffOutOfDistrictRecords() {
    given()
        .auth()
        .oauth2(Keycloak.token("staff-zhujing"))
        .get("/api/v1/deputies/" + DEPUTY01)
        .then()
        .statusCode(404);
  }

  @Test
  void shouldRefuseDepartmentAndTamperedTokens() {
    String department = Keycloak.token("dept-edu");
    given().auth().oauth2(department).get("/api/v1/deputies").then().statusCode(403);
    String tampered = department.substring(0, department.length() - 4) + "AAAA";
    given().auth().oauth2(tampered).get("/api/v1/deputies").then().statusCode(401);
  }
}
