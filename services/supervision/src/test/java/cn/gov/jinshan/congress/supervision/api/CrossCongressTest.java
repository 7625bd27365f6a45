package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.members;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.supervision.support.TestCongress;
import cn.gov.jinshan.congress.testing.CongressRegistrar;
import cn.gov.jinshan.congress.testing.CrossCongressReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several congresses: district staff with cross_congress read the towns below their congress (never
 * write there), the district's statistics roll up its towns, and each congress's configured rules
 * override the district's defaults.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CrossCongressTest {
  private static final String DEPT = "WJW";

  private TestCongress district;
  private TestCongress town;
  private TestCongress otherTown;

  @BeforeEach
  void congresses() {
    district = TestCongress.create();
    town = TestCongress.create();
    otherTown = TestCongress.create();
    CongressRegistrar.probedThrough("/api/v1/supervision-plans")
        .registerTowns(district.id, town.id, otherTown.id);
  }

  @Test
  void shouldLetOnlyCrossCongressStaffOfTheParentReadATownsSupervision() {
    UUID topic = town.heardTopic(DEPT, members(2));
    UUID evaluation = town.openEvaluation(topic, Map.of("subject", "REPORT"));
    String appointee = appoint(town);
    String cross = district.crossStaff();
    CrossCongressReads reads = new CrossCongressReads(district.id, town.id, otherTown.id);

    for (String path :
        List.of(
            "/api/v1/supervision-topics/" + topic,
            "/api/v1/supervision-topics/" + topic + "/hearing",
            "/api/v1/supervision-topics/" + topic + "/hearings",
            "/api/v1/supervision-topics/" + topic + "/visits",
            "/api/v1/supervision-topics/" + topic + "/questions",
            "/api/v1/supervision-topics/" + topic + "/evaluations",
            "/api/v1/supervision-topics/" + topic + "/evaluations/" + evaluation,
            "/api/v1/supervision-plans/" + town.plan(),
            "/api/v1/appointments/" + appointee)) {
      reads.assertOnlyTheDistrictReadsItem(path);
    }
    for (String list :
        List.of(
            "/api/v1/supervision-plans",
            "/api/v1/supervision-topics",
            "/api/v1/appointments",
            "/api/v1/supervision-subjects",
            "/api/v1/supervision-statistics")) {
      reads.assertOnlyTheDistrictListsTheTown(list);
    }
    given()
        .auth()
        .oauth2(cross)
        .queryParam("congressId", town.id)
        .get("/api/v1/supervision-topics")
        .then()
        .body("items.id", hasItem(topic.toString()));
    given()
        .auth()
        .oauth2(cross)
        .get("/api/v1/supervision-topics")
        .then()
        .body("items.id", not(hasItem(topic.toString())));
  }

  @Test
  void shouldNeverLetCrossCongressReadersWriteInATown() {
    UUID topic = town.topic("执法检查", "LAW_ENFORCEMENT_INSPECTION", DEPT);
    String etag = town.etag(topic);
    String cross = district.crossStaff();
    given()
        .auth()
        .oauth2(cross)
        .header("If-Match", etag)
        .post("/api/v1/supervision-topics/" + topic + "/research")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(cross)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "planId", town.plan().toString(),
                "title", "越权议题",
                "kind", "WORK_REPORT",
                "committee", "委员会",
                "departmentIds", List.of(DEPT)))
        .post("/api/v1/supervision-topics")
        .then()
        .statusCode(422);
    given()
        .auth()
        .oauth2(cross)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("year", 2026, "title", "改名"))
        .put("/api/v1/supervision-plans/" + town.plan())
        .then()
        .statusCode(404);
    town.staff()
        .get("/api/v1/supervision-topics/" + topic)
        .then()
        .body("status", equalTo("PLANNED"));
  }

  @Test
  void shouldRefuseARollUpThatIsNeitherTrueNorFalse() {
    // a boolean parameter read rollUp=yes as false and answered the district's figures alone
    given()
        .auth()
        .oauth2(district.crossStaff())
        .header("Accept-Language", "zh-CN")
        .queryParam("rollUp", "yes")
        .get("/api/v1/supervision-statistics")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", equalTo("参数 rollUp 只能是 true 或 false。"));
  }

  @Test
  void shouldRollUpTheTownsIntoTheDistrictsStatistics() {
    district.topic("预算审查", "BUDGET", DEPT);
    UUID townTopic = town.topic("养老服务", "WORK_REPORT", DEPT);
    town.research(townTopic);
    otherTown.topic("执法检查", "LAW_ENFORCEMENT_INSPECTION", DEPT);
    otherTown.topic("专项工作", "WORK_REPORT", DEPT);
    UUID rated = otherTown.heardTopic(DEPT, members(1));
    UUID evaluation = otherTown.openEvaluation(rated, Map.of("subject", "REPORT"));
    otherTown.rate(rated, evaluation, "m1", "SATISFIED").then().statusCode(201);
    otherTown.complete(rated, evaluation).then().statusCode(200);

    given()
        .auth()
        .oauth2(district.crossStaff())
        .queryParam("rollUp", true)
        .queryParam("year", 2026)
        .get("/api/v1/supervision-statistics")
        .then()
        .statusCode(200)
        .body("congressId", equalTo(district.id))
        .body("congressIds.size()", equalTo(3))
        .body("total.topics", equalTo(5))
        .body("total.topicsByKind.WORK_REPORT", equalTo(3))
        .body("total.topicsByStatus.PLANNED", equalTo(3))
        .body("total.topicsByStatus.RESEARCH", equalTo(1))
        .body("total.topicsByStatus.HEARING", equalTo(1))
        .body("total.evaluationOutcomes.'REPORT:SATISFIED'", equalTo(1))
        .body("perCongress." + district.id + ".topics", equalTo(1))
        .body("perCongress." + town.id + ".topics", equalTo(1))
        .body("perCongress." + otherTown.id + ".topics", equalTo(3));
    // without the roll-up: the district's own figures
    given()
        .auth()
        .oauth2(district.staffToken)
        .get("/api/v1/supervision-statistics")
        .then()
        .statusCode(200)
        .body("total.topics", equalTo(1))
        .body("congressIds", equalTo(List.of(district.id)));
    new CrossCongressReads(district.id, town.id, otherTown.id)
        .assertRollUpRefusedToPlainStaff("/api/v1/supervision-statistics");
  }

  @Test
  void shouldApplyACongresssOwnRulesAndTheDistrictsDefaultsOtherwise() {
    // TC-RULES: supervision.congress."TC-RULES".rectification.period=P3M, re-report-share=0.25
    TestCongress configured = TestCongress.withId("TC-RULES");
    UUID topic = configured.heardTopic(DEPT, List.of("m1"));
    configured
        .transition(topic, "opinion", Map.of("text", "审议意见", "issuedOn", "2026-03-10"))
        .then()
        .statusCode(201)
        .body("rectificationDeadline", equalTo("2026-06-10"));
    UUID defaults = district.heardTopic(DEPT, List.of("m1"));
    district
        .transition(defaults, "opinion", Map.of("text", "审议意见", "issuedOn", "2026-03-10"))
        .then()
        .body("rectificationDeadline", equalTo("2026-09-10"));

    // 2 of 5 dissatisfied: above 0.25 (TC-RULES) but not above the default 0.5
    List<String> grades =
        List.of("DISSATISFIED", "DISSATISFIED", "SATISFIED", "SATISFIED", "SATISFIED");
    configured.reportOutcomeAfter(grades).then().body("outcome", equalTo("RE_REPORT"));
    district.reportOutcomeAfter(grades).then().body("outcome", equalTo("SATISFIED"));
  }

  private static String appoint(TestCongress congress) {
    return congress
        .staff()
        .body(
            Map.of(
                "personName",
                "李某",
                "post",
                "区民政局局长",
                "departmentId",
                DEPT,
                "appointedOn",
                "2025-01-10"))
        .post("/api/v1/appointments")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
