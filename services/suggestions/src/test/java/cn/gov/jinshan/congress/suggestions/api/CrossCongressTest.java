package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.PROBLEM;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cross-congress reads, with the deputies service's rule: staff, admin or auditor with the
 * cross_congress role read the items and statistics of the congresses directly below their own,
 * never write there; everyone else stays in the token's congress (403 on a list of another
 * congress, 404 on its items). The district's statistics roll its towns up ({@code rollUp}, or its
 * deprecated former name {@code includeTowns}).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CrossCongressTest {
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  private static final String STATS = "/api/v1/suggestion-statistics";

  TestCongress district;
  TestCongress town;
  TestCongress foreignTown;
  Flow districtItem;
  Flow townItem;
  Flow foreignItem;

  @BeforeEach
  void twoLevels() {
    district = TestCongress.district(6, 3);
    town = TestCongress.townOf(district, 18, 2);
    foreignTown = TestCongress.townOf(TestCongress.district(6, 1), 18, 1);
    districtItem = Flow.in(district).inProgress();
    townItem = Flow.in(town).inProgress().contacted(TODAY).reply("A").evaluate("SATISFIED");
    foreignItem = Flow.in(foreignTown).registered();
  }

  @Test
  void shouldLetDistrictStaffWithCrossRoleReadTownItemsButNotChangeThem() {
    String cross = district.crossStaffToken();
    get(cross, BASE + "?congressId=" + town.id)
        .statusCode(200)
        .body("items.id", hasItem(townItem.id.toString()))
        .body("items.id", not(hasItem(districtItem.id.toString())));
    get(cross, BASE)
        .statusCode(200)
        .body("items.id", hasItem(districtItem.id.toString()))
        .body("items.id", not(hasItem(townItem.id.toString())));
    get(cross, BASE + "?congressId=" + town.id + "&q=农村公路")
        .statusCode(200)
        .body("items.id", hasItem(townItem.id.toString()));
    get(cross, BASE + "/" + townItem.id)
        .statusCode(200)
        .body("congressId", equalTo(town.id))
        .body("registrationNumber", equalTo("18-2-0001"))
        .body("leadDeputy.name", equalTo("李娜"));
    get(cross, BASE + "/" + townItem.id + "/replies").statusCode(200).body("$", hasSize(1));
    get(cross, BASE + "/" + townItem.id + "/contacts").statusCode(200).body("$", hasSize(1));
    get(cross, BASE + "/" + townItem.id + "/co-signers").statusCode(200);

    // reading across is not writing
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(cross)
        .contentType("application/json")
        .body(Map.of("supervisingLeader", "王主任"))
        .put(BASE + "/" + townItem.id + "/key-supervision")
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    post(cross, BASE + "/" + townItem.id + "/closure", null).statusCode(403).contentType(PROBLEM);

    // only the congresses directly below their own
    get(cross, BASE + "?congressId=" + foreignTown.id).statusCode(403).contentType(PROBLEM);
    get(cross, BASE + "/" + foreignItem.id).statusCode(404).contentType(PROBLEM);
    get(cross, STATS + "?congressId=" + foreignTown.id).statusCode(403);
  }

  @Test
  void shouldKeepEveryoneElseInTheirOwnCongress() {
    // district staff without the role
    get(district.staffToken, BASE + "?congressId=" + town.id).statusCode(403).contentType(PROBLEM);
    get(district.staffToken, BASE + "/" + townItem.id).statusCode(404);
    get(district.staffToken, STATS + "?congressId=" + town.id).statusCode(403);
    get(district.staffToken, STATS + "?rollUp=true").statusCode(403);
    get(district.staffToken, STATS + "?includeTowns=true").statusCode(403);
    // town staff, even with the role, never read upwards or sideways
    String townCross = town.crossStaffToken();
    get(townCross, BASE + "?congressId=" + district.id).statusCode(403);
    get(townCross, BASE + "/" + districtItem.id).statusCode(404);
    get(town.staffToken, BASE + "/" + districtItem.id).statusCode(404);
    get(town.staffToken, STATS + "?congressId=" + district.id).statusCode(403);
    // a deputy with the role does not become a reader of the town's items
    String deputyCross =
        cn.gov.jinshan.congress.testing.Tokens.token(
            "user-" + districtItem.lead,
            district.id,
            Map.of("deputy_id", districtItem.lead.toString()),
            "deputy",
            "cross_congress");
    get(deputyCross, BASE + "?congressId=" + town.id).statusCode(403);
    get(deputyCross, BASE + "/" + townItem.id).statusCode(404);
  }

  @Test
  void shouldRollTheTownsUpIntoTheDistrictStatistics() {
    String cross = district.crossStaffToken();
    get(cross, STATS + "?congressId=" + town.id)
        .statusCode(200)
        .body("$", hasSize(2))
        .body("[0].congressId", equalTo(town.id))
        .body("[0].departmentId", equalTo(townItem.leadDepartment))
        .body("[0].byState.CLOSED", equalTo(1))
        .body("[1].departmentId", equalTo("ALL"));
    get(cross, STATS)
        .statusCode(200)
        .body("$", hasSize(2))
        .body("[1].congressId", equalTo(district.id))
        .body("[1].items", equalTo(1));
    get(cross, STATS + "?rollUp=true")
        .statusCode(200)
        .body("$", hasSize(5))
        .body(
            "find { it.congressId == '" + district.id + "' && it.departmentId == 'ALL' }.items",
            equalTo(1))
        .body(
            "find { it.congressId == '" + town.id + "' && it.departmentId == 'ALL' }.items",
            equalTo(1))
        .body("[4].congressId", equalTo("ALL"))
        .body("[4].departmentId", equalTo("ALL"))
        .body("[4].items", equalTo(2))
        .body("[4].byState.CLOSED", equalTo(1))
        .body("[4].byState.IN_PROGRESS", equalTo(1))
        .body("[4].satisfactionRate", equalTo(1.0f));
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(cross)
        .get(STATS + ".csv?rollUp=true")
        .then()
        .statusCode(200)
        .body(
            org.hamcrest.Matchers.containsString(
                town.id + "," + TestCongress.departmentName(townItem.leadDepartment) + ",1,"));
  }

  @Test
  void shouldStillRollUpWithTheDeprecatedIncludeTowns() {
    String cross = district.crossStaffToken();
    for (String query : List.of("?includeTowns=true", "?includeTowns=TRUE&rollUp=true")) {
      get(cross, STATS + query)
          .statusCode(200)
          .body("$", hasSize(5))
          .body("[4].congressId", equalTo("ALL"))
          .body("[4].items", equalTo(2));
    }
    get(cross, STATS + "?includeTowns=false").statusCode(200).body("$", hasSize(2));
    get(cross, STATS + "?includeTowns=false&rollUp=false").statusCode(200).body("$", hasSize(2));
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(cross)
        .get(STATS + ".csv?includeTowns=true")
        .then()
        .statusCode(200)
        .body(
            org.hamcrest.Matchers.containsString(
                town.id + "," + TestCongress.departmentName(townItem.leadDepartment) + ",1,"));
    get(cross, STATS + ".xlsx?includeTowns=true").statusCode(200);
  }

  @Test
  void shouldRefuseARollUpThatIsNeitherTrueNorFalseOnEveryStatisticsRoute() {
    String cross = district.crossStaffToken();
    for (String route : List.of(STATS, STATS + ".csv", STATS + ".xlsx")) {
      get(cross, route + "?rollUp=yes")
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", equalTo("https://congress.jinshan.gov.cn/problems/malformed-request"))
          .body("detail", equalTo("The parameter rollUp is true or false."));
    }
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(cross)
        .header("Accept-Language", "zh-CN")
        .get(STATS + "?rollUp=yes")
        .then()
        .statusCode(400)
        .body("detail", equalTo("参数 rollUp 只能是 true 或 false。"));
    // the old name no longer turns a value it does not know into false
    get(cross, STATS + "?includeTowns=yes")
        .statusCode(400)
        .contentType(PROBLEM)
        .body(
            "detail", equalTo("The parameter includeTowns cannot be \"yes\"; use true or false."));
  }

  @Test
  void shouldRefuseRollUpAndIncludeTownsThatDisagree() {
    String cross = district.crossStaffToken();
    for (String query :
        List.of("?rollUp=true&includeTowns=false", "?rollUp=false&includeTowns=true")) {
      get(cross, STATS + query)
          .statusCode(400)
          .contentType(PROBLEM)
          .body("type", equalTo("https://congress.jinshan.gov.cn/problems/malformed-request"))
          .body("detail", containsString("rollUp"))
          .body("detail", containsString("includeTowns"));
    }
    get(cross, STATS + ".csv?rollUp=true&includeTowns=false").statusCode(400).contentType(PROBLEM);
  }

  @Test
  void shouldDocumentRollUpAndIncludeTownsAsItsDeprecatedAlias() {
    JsonPath openapi =
        io.restassured.RestAssured.given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .extract()
            .jsonPath();
    for (String route : List.of(STATS, STATS + ".csv", STATS + ".xlsx")) {
      String parameters = "paths.'" + route + "'.get.parameters";
      assertThat(openapi.getList(parameters + ".name", String.class))
          .as(route)
          .contains("rollUp", "includeTowns", "congressId", "term", "session", "year");
      assertThat(openapi.getBoolean(parameters + ".find { it.name == 'includeTowns' }.deprecated"))
          .as(route)
          .isTrue();
      assertThat(
              openapi.getList(
                  parameters + ".find { it.name == 'rollUp' }.schema.enum", String.class))
          .as(route)
          .containsExactly("true", "false");
    }
  }
}
