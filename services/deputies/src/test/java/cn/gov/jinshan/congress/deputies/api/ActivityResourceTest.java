package cn.gov.jinshan.congress.deputies.api;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.jinshan.congress.deputies.support.TestCongress;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ActivityResourceTest {
  private TestCongress congress;
  private UUID deputy;
  private String deputyToken;

  @BeforeEach
  void deputy() {
    congress = TestCongress.create();
    deputy = UUID.randomUUID();
    congress.register(aDeputy().withId(deputy).in(congress.delegation("吕巷镇代表团")));
    deputyToken = Tokens.deputy(congress.id, deputy);
  }

  @Test
  void shouldScorePerformanceWithConfiguredWeights() {
    record(deputyToken, "INSPECTION", "2026-03-02").then().statusCode(201);
    record(deputyToken, "INSPECTION", "2026-04-02").then().statusCode(201);
    record(deputyToken, "TRAINING", "2026-05-02").then().statusCode(201);
    record(congress.staffToken, "SESSION_ATTENDANCE", "2026-01-10").then().statusCode(201);
    record(deputyToken, "RESEARCH", "2025-12-31").then().statusCode(201); // another year

    given()
        .auth()
        .oauth2(deputyToken)
        .get("/api/v1/deputies/" + deputy + "/performance-records/2026")
        .then()
        .statusCode(200)
        .body("counts.INSPECTION", equalTo(2))
        .body("counts.TRAINING", equalTo(1))
        .body("counts.SESSION_ATTENDANCE", equalTo(1))
        .body("counts.RESEARCH", equalTo(0))
        // weights: INSPECTION 3, TRAINING 2, SESSION_ATTENDANCE 5
        .body("score", equalTo(2 * 3 + 2 + 5));
  }

  @Test
  void shouldNotLetDeputyRecordKindsThatStaffOrSystemRecord() {
    record(deputyToken, "SESSION_ATTENDANCE", "2026-01-10")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    record(deputyToken, "VOTE_CAST", "2026-01-10").then().statusCode(403);
  }

  @Test
  void shouldNotLetDeputyRecordForAnotherDeputy() {
    UUID other = congress.register(aDeputy().in(congress.delegation("张堰镇代表团")));
    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "INSPECTION", "occurredOn", "2026-03-02", "title", "视察"))
        .post("/api/v1/deputies/" + other + "/activities")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(deputyToken)
        .get("/api/v1/deputies/" + other + "/performance-records/2026")
        .then()
        .statusCode(404);
  }

  @Test
  void shouldRefuseFutureDatesAndBlankTitles() {
    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "INSPECTION", "occurredOn", "2026-03-01", "title", " "))
        .post("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("title")));
    // the platform's one rule for things that happened, in the platform's zone: 422
    given()
        .auth()
        .oauth2(deputyToken)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind",
                "INSPECTION",
                "occurredOn",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString(),
                "title",
                "视察"))
        .post("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .statusCode(422)
        .body("code", equalTo("business-rule-violated"))
        .body("detail", containsString("occurredOn"));
  }

  @Test
  void shouldAnswerARecordedActivityWithTheDeputysETagAndLink() {
    String deputyEtag =
        given()
            .auth()
            .oauth2(deputyToken)
            .get("/api/v1/deputies/" + deputy)
            .then()
            .extract()
            .header("ETag");
    record(deputyToken, "TRAINING", "2026-03-05")
        .then()
        .statusCode(201)
        .header("ETag", equalTo(deputyEtag))
        .header("Link", equalTo("</api/v1/deputies/" + deputy + ">; rel=\"up\""));
  }

  @Test
  void shouldPageActivitiesNewestFirst() {
    record(deputyToken, "INSPECTION", "2026-03-01").then().statusCode(201);
    record(deputyToken, "RESEARCH", "2026-03-03").then().statusCode(201);
    record(deputyToken, "TRAINING", "2026-03-02").then().statusCode(201);

    String next =
        given()
            .auth()
            .oauth2(deputyToken)
            .queryParam("limit", 2)
            .get("/api/v1/deputies/" + deputy + "/activities")
            .then()
            .body("items.kind", equalTo(List.of("RESEARCH", "TRAINING")))
            .body("nextPageToken", notNullValue())
            .extract()
            .path("nextPageToken");
    given()
        .auth()
        .oauth2(deputyToken)
        .queryParam("limit", 2)
        .queryParam("pageToken", next)
        .get("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .body("items.kind", equalTo(List.of("INSPECTION")))
        .body("nextPageToken", nullValue());
  }

  @Test
  void shouldListCodesWithChineseLabels() {
    given()
        .get("/api/v1/public/deputy-codes")
        .then()
        .statusCode(200)
        .body("activityKind.INSPECTION", equalTo("视察"))
        .body("deputyLevel.DISTRICT", equalTo("区人大代表"))
        .body("stationKind", org.hamcrest.Matchers.aMapWithSize(3));
  }

  @Test
  void shouldExposeOpenApiAndHealth() {
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/deputies'.get.summary", equalTo("Search deputies"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given()
        .auth()
        .oauth2(deputyToken)
        .get("/api/v1/deputies/" + deputy + "/activities")
        .then()
        .body("items", hasSize(0));
  }

  private Response record(String token, String kind, String on) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", kind, "occurredOn", on, "title", "到金山卫镇调研老旧小区改造"))
        .post("/api/v1/deputies/" + deputy + "/activities");
  }
}
