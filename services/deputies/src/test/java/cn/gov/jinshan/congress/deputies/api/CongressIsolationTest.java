package cn.gov.jinshan.congress.deputies.api;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.testing.Tokens;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several congresses on one platform: isolation, cross-congress reads, memberships. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CongressIsolationTest {
  private String district;
  private String town;
  private String otherTown;

  @BeforeEach
  void congresses() {
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    district = "TD-" + suffix;
    town = "TT-" + suffix;
    otherTown = "TO-" + suffix;
    registerCongress(district, "DISTRICT", null).then().statusCode(201);
    registerCongress(town, "TOWN", district).then().statusCode(201);
    registerCongress(otherTown, "TOWN", district).then().statusCode(201);
  }

  @Test
  void shouldLetOnlyCrossCongressStaffOfTheParentReadATownsDeputies() {
    UUID townDeputy = register(town, aDeputy().named("顾建平"));
    String plainDistrictStaff = Tokens.staff(district);
    String crossStaff = Tokens.crossCongressStaff(district);

    given()
        .auth()
        .oauth2(plainDistrictStaff)
        .get("/api/v1/deputies/" + townDeputy)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(plainDistrictStaff)
        .queryParam("congressId", town)
        .get("/api/v1/deputies")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.staff(otherTown))
        .get("/api/v1/deputies/" + townDeputy)
        .then()
        .statusCode(404);

    given()
        .auth()
        .oauth2(crossStaff)
        .get("/api/v1/deputies/" + townDeputy)
        .then()
        .statusCode(200)
        .body("congressId", equalTo(town));
    given()
        .auth()
        .oauth2(crossStaff)
        .queryParam("congressId", town)
        .get("/api/v1/deputies")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("顾建平")));
    String townCross = Tokens.crossCongressStaff(town);
    given()
        .auth()
        .oauth2(townCross)
        .queryParam("congressId", district)
        .get("/api/v1/deputies")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldNeverLetCrossCongressReadersWrite() {
    UUID townDeputy = register(town, aDeputy());
    String crossStaff = Tokens.crossCongressStaff(district);

    given()
        .auth()
        .oauth2(crossStaff)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("phone", "13900000000"))
        .put("/api/v1/deputies/" + townDeputy + "/profile")
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(crossStaff)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "SUSPENDED", "effectiveOn", "2026-03-01", "reason", "越权"))
        .post("/api/v1/deputies/" + townDeputy + "/status-changes")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(crossStaff)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "INSPECTION", "occurredOn", "2026-03-02", "title", "视察"))
        .post("/api/v1/deputies/" + townDeputy + "/activities")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldShowBothMembershipsOfAPersonOnThePerformanceRecord() {
    UUID districtMembership = register(district, aDeputy().named("沈美华"));
    UUID townMembership =
        register(town, aDeputy().named("沈美华").with("personId", districtMembership.toString()));
    given()
        .auth()
        .oauth2(Tokens.staff(town))
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "SESSION_ATTENDANCE", "occurredOn", "2026-01-05", "title", "镇人代会"))
        .post("/api/v1/deputies/" + townMembership + "/activities")
        .then()
        .statusCode(201);

    given()
        .auth()
        .oauth2(Tokens.deputy(district, districtMembership))
        .get("/api/v1/deputies/" + districtMembership + "/performance-records/2026")
        .then()
        .statusCode(200)
        .body("congressId", equalTo(district))
        .body("score", equalTo(0))
        .body("otherMemberships", hasSize(1))
        .body("otherMemberships[0].congressId", equalTo(town))
        .body("otherMemberships[0].counts.SESSION_ATTENDANCE", equalTo(1))
        .body("otherMemberships[0].score", equalTo(5));
    register(town, aDeputy().with("personId", districtMembership.toString()), 409);
    register(town, aDeputy().with("personId", UUID.randomUUID().toString()), 422);
  }

  @Test
  void shouldLetOnlyAdminsManageCongressesAndPublishTheirEvents() {
    registerCongress(
            "TX-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT),
            "TOWN",
            null)
        .then()
        .statusCode(422);
    registerCongress(town, "TOWN", district).then().statusCode(409);
    given()
        .auth()
        .oauth2(Tokens.staff(district))
        .contentType(ContentType.JSON)
        .body(congress("TY-1", "TOWN", district))
        .post("/api/v1/congresses")
        .then()
        .statusCode(403);

    given()
        .auth()
        .oauth2(Tokens.admin(district))
        .contentType(ContentType.JSON)
        .body(Map.of("name", "某镇人大（更名）", "currentTerm", 18, "currentSession", 1))
        .put("/api/v1/congresses/" + town)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(Tokens.admin(district))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", town + " 更名", "currentTerm", 18, "currentSession", 1))
        .put("/api/v1/congresses/" + town)
        .then()
        .statusCode(200)
        .body("currentTerm", equalTo(18));

    var events =
        TopicReader.awaitRecords(
            Topics.DEPUTIES, r -> town.equals(r.key()), 2, Duration.ofSeconds(30));
    assertThat(events)
        .extracting(r -> r.value().contains("CongressRegistered"))
        .containsExactly(true, false);
    given()
        .get("/api/v1/public/congresses")
        .then()
        .statusCode(200)
        .body("id", hasItems("JS-DISTRICT", "JS-ZHUJING", town));
  }

  private UUID register(
      String congressId, cn.gov.jinshan.congress.deputies.support.DeputyBuilder b) {
    return UUID.fromString(register(congressId, b, 201).extract().path("id"));
  }

  private io.restassured.response.ValidatableResponse register(
      String congressId, cn.gov.jinshan.congress.deputies.support.DeputyBuilder b, int status) {
    String staff = Tokens.staff(congressId);
    String delegation =
        given()
            .auth()
            .oauth2(staff)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "代表团-" + UUID.randomUUID()))
            .post("/api/v1/delegations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return given()
        .auth()
        .oauth2(staff)
        .contentType(ContentType.JSON)
        .body(b.in(UUID.fromString(delegation)).build())
        .post("/api/v1/deputies")
        .then()
        .statusCode(status);
  }

  private static io.restassured.response.Response registerCongress(
      String id, String level, String parent) {
    return given()
        .auth()
        .oauth2(Tokens.admin("JS-DISTRICT"))
        .contentType(ContentType.JSON)
        .body(congress(id, level, parent))
        .post("/api/v1/congresses");
  }

  private static Map<String, Object> congress(String id, String level, String parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("name", "测试人大 " + id);
    body.put("level", level);
    body.put("parentId", parent);
    body.put("currentTerm", 6);
    body.put("currentSession", 3);
    return body;
  }
}
