package cn.gov.jinshan.congress.deputies.api;

import static cn.gov.jinshan.congress.deputies.support.DeputyBuilder.aDeputy;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeputyResourceTest {
  private static final String PROBLEM = "application/problem+json";

  private TestCongress congress;
  private UUID zhujing;

  @BeforeEach
  void newCongress() {
    congress = TestCongress.create();
    zhujing = congress.delegation("朱泾镇代表团");
  }

  @Test
  void shouldRegisterDeputyWithLocationAndEtag() {
    Response created =
        given()
            .auth()
            .oauth2(congress.staffToken)
            .contentType(ContentType.JSON)
            .body(aDeputy().named("张伟").in(zhujing).build())
            .post("/api/v1/deputies");

    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/deputies/"))
        .header("ETag", "\"0\"")
        .body("name", equalTo("张伟"))
        .body("status", equalTo("ACTIVE"))
        .body("statusLabel", equalTo("在任"))
        .body("delegation.name", equalTo("朱泾镇代表团"))
        .body("congressId", equalTo(congress.id));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .get(created.header("Location"))
        .then()
        .statusCode(200)
        .body("name", equalTo("张伟"));
  }

  @Test
  void shouldRefuseInvalidRegistrationListingEachField() {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(aDeputy().named(" ").without("gender").with("birthYear", 1800).in(zhujing).build())
        .post("/api/v1/deputies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("type", equalTo("https://congress.jinshan.gov.cn/problems/validation-failed"))
        .body("status", equalTo(400))
        .body("errors.field", equalTo(List.of("birthYear", "gender", "name")));
  }

  @Test
  void shouldAnswerProblemsInChineseWhenAskedFor() {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .header("Accept-Language", "zh-CN,zh;q=0.9")
        .get("/api/v1/deputies/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM)
        .body("title", equalTo("未找到"))
        .body("detail", containsString("不存在"));
  }

  @Test
  void shouldRefuseMalformedJsonWithProblem() {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body("{\"name\": \"张伟\", \"gender\": \"MALE\"")
        .post("/api/v1/deputies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("code", equalTo("malformed-request"));
  }

  @Test
  void shouldRefuseUnknownDelegation() {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(aDeputy().in(UUID.randomUUID()).build())
        .post("/api/v1/deputies")
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("code", equalTo("business-rule-violated"));
  }

  @Test
  void shouldRequireTokenAndRole() {
    given().get("/api/v1/deputies").then().statusCode(401).contentType(PROBLEM);
    given()
        .auth()
        .oauth2(Tokens.expired(congress.id))
        .get("/api/v1/deputies")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.wrongAudience(congress.id))
        .get("/api/v1/deputies")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.department(congress.id, "EDU"))
        .get("/api/v1/deputies")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(Tokens.deputy(congress.id, UUID.randomUUID()))
        .contentType(ContentType.JSON)
        .body(aDeputy().in(zhujing).build())
        .post("/api/v1/deputies")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
  }

  @Test
  void shouldLetDeputyReadOnlyTheirOwnRecord() {
    UUID self = UUID.randomUUID();
    congress.register(aDeputy().withId(self).named("陈静").in(zhujing));
    UUID other = congress.register(aDeputy().named("刘洋").in(zhujing));
    String token = Tokens.deputy(congress.id, self);

    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/deputies/me")
        .then()
        .statusCode(200)
        .body("name", equalTo("陈静"));
    given().auth().oauth2(token).get("/api/v1/deputies/" + self).then().statusCode(200);
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/deputies/" + other)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void shouldHideDeputiesOfAnotherCongress() {
    UUID deputy = congress.register(aDeputy().in(zhujing));
    TestCongress town = TestCongress.create();

    given().auth().oauth2(town.staffToken).get("/api/v1/deputies/" + deputy).then().statusCode(404);
    given()
        .auth()
        .oauth2(town.staffToken)
        .get("/api/v1/deputies")
        .then()
        .statusCode(200)
        .body("items", hasSize(0));
  }

  @Test
  void shouldRequireCurrentEtagToUpdate() {
    UUID deputy = congress.register(aDeputy().named("赵敏").in(zhujing));
    Map<String, Object> change = aDeputy().named("赵敏").with("occupation", "医生").in(zhujing).build();

    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(change)
        .put("/api/v1/deputies/" + deputy)
        .then()
        .statusCode(428)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(change)
        .header("If-Match", "\"7\"")
        .put("/api/v1/deputies/" + deputy)
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .body(change)
        .header("If-Match", "\"0\"")
        .put("/api/v1/deputies/" + deputy)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("occupation", equalTo("医生"));
  }

  @Test
  void shouldLetDeputyEditOwnProfileButNotAnothers() {
    UUID self = UUID.randomUUID();
    congress.register(aDeputy().withId(self).in(zhujing));
    UUID other = congress.register(aDeputy().in(zhujing));
    String token = Tokens.deputy(congress.id, self);
    Map<String, Object> profile = Map.of("phone", "13800000000", "biography", "长期关注农村公路建设");

    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(profile)
        .header("If-Match", "\"0\"")
        .put("/api/v1/deputies/" + self + "/profile")
        .then()
        .statusCode(200)
        .body("phone", equalTo("13800000000"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(profile)
        .header("If-Match", "\"0\"")
        .put("/api/v1/deputies/" + other + "/profile")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(aDeputy().named("篡改").in(zhujing).build())
        .header("If-Match", "\"1\"")
        .put("/api/v1/deputies/" + self)
        .then()
        .statusCode(403);
  }

  @Test
  void shouldFollowStatusLifecycle() {
    UUID deputy = congress.register(aDeputy().in(zhujing));

    changeStatus(deputy, "SUSPENDED", "\"0\"")
        .then()
        .statusCode(200)
        .body("status", equalTo("SUSPENDED"))
        .body("statusReason", equalTo("依法暂停执行代表职务"));
    changeStatus(deputy, "SUSPENDED", "\"1\"")
        .then()
        .statusCode(409)
        .body("code", equalTo("invalid-state"))
        .body("detail", containsString("SUSPENDED"));
    changeStatus(deputy, "TERMINATED", "\"1\"").then().statusCode(200);
    changeStatus(deputy, "ACTIVE", "\"2\"")
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("detail", containsString("TERMINATED"));
  }

  @Test
  void shouldRequireReasonForStatusChange() {
    UUID deputy = congress.register(aDeputy().in(zhujing));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("status", "SUSPENDED", "effectiveOn", "2026-03-01"))
        .post("/api/v1/deputies/" + deputy + "/status-changes")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
  }

  @Test
  void shouldSearchChineseNamesAndPage() {
    UUID fengjing = congress.delegation("枫泾镇代表团");
    congress.register(aDeputy().named("张伟").in(zhujing));
    congress.register(aDeputy().named("张小红").in(fengjing));
    congress.register(aDeputy().named("李明").in(zhujing));

    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("q", "张")
        .get("/api/v1/deputies")
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("张伟", "张小红")));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("q", "小红")
        .get("/api/v1/deputies")
        .then()
        .body("items.name", equalTo(List.of("张小红")));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("delegationId", zhujing.toString())
        .get("/api/v1/deputies")
        .then()
        .body("items.name", equalTo(List.of("张伟", "李明")));

    String next =
        given()
            .auth()
            .oauth2(congress.staffToken)
            .queryParam("limit", 2)
            .get("/api/v1/deputies")
            .then()
            .body("items", hasSize(2))
            .body("nextPageToken", notNullValue())
            .extract()
            .path("nextPageToken");
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("limit", 2)
        .queryParam("pageToken", next)
        .get("/api/v1/deputies")
        .then()
        .body("items", hasSize(1))
        .body("nextPageToken", nullValue());
  }

  @Test
  void shouldRefuseLimitAboveCapAndForgedPageToken() {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("limit", 101)
        .get("/api/v1/deputies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM)
        .body("errors.field", hasItem("limit"));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("pageToken", "%%%not-a-token")
        .get("/api/v1/deputies")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void shouldReadAnEmptyPageTokenAsTheFirstPage() {
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("pageToken", "")
        .get("/api/v1/deputies")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldShowPublicOnlyNameDelegationAndLevelOfActiveDeputies() {
    congress.register(aDeputy().named("周杰").in(zhujing));
    UUID suspended = congress.register(aDeputy().named("吴刚").in(zhujing));
    changeStatus(suspended, "SUSPENDED", "\"0\"").then().statusCode(200);

    Response directory =
        given().queryParam("congressId", congress.id).get("/api/v1/public/deputies");

    directory
        .then()
        .statusCode(200)
        .body("items.name", equalTo(List.of("周杰")))
        .body("items[0].delegationName", equalTo("朱泾镇代表团"));
    assertThat(directory.asString()).doesNotContain("021-57920000").doesNotContain("phone");
  }

  @Test
  void shouldReplayCreationForSameIdempotencyKey() {
    Map<String, Object> body = aDeputy().named("孙丽").in(zhujing).build();
    String key = UUID.randomUUID().toString();

    String first =
        given()
            .auth()
            .oauth2(congress.staffToken)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/deputies")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String again =
        given()
            .auth()
            .oauth2(congress.staffToken)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", key)
            .body(body)
            .post("/api/v1/deputies")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract()
            .path("id");

    assertThat(again).isEqualTo(first);
    given()
        .auth()
        .oauth2(congress.staffToken)
        .queryParam("q", "孙丽")
        .get("/api/v1/deputies")
        .then()
        .body("items", hasSize(1));
    given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", key)
        .body(aDeputy().named("别人").in(zhujing).build())
        .post("/api/v1/deputies")
        .then()
        .statusCode(422)
        .contentType(PROBLEM);
  }

  @Test
  void shouldAnswerUnknownRouteWithProblem() {
    given().get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
  }

  private Response changeStatus(UUID deputy, String status, String ifMatch) {
    return given()
        .auth()
        .oauth2(congress.staffToken)
        .contentType(ContentType.JSON)
        .header("If-Match", ifMatch)
        .body(Map.of("status", status, "effectiveOn", "2026-03-01", "reason", "依法暂停执行代表职务"))
        .post("/api/v1/deputies/" + deputy + "/status-changes");
  }
}
