package cn.gov.jinshan.congress.suggestions.api;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.aSuggestion;
import static cn.gov.jinshan.congress.suggestions.support.Api.draft;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Statistics per department, CSV export, the public API and Chinese search. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StatisticsAndPublicTest {
  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

  @Test
  void shouldComputeRatesPerDepartmentAndExportCsv() {
    Flow closed = Flow.create().inProgress().contacted(TODAY).reply("A").evaluate("SATISFIED");
    Flow open = closed.another().inProgress();

    get(closed.congress.staffToken, "/api/v1/suggestion-statistics")
        .statusCode(200)
        .body("$", hasSize(2))
        .body("[0].departmentId", equalTo(closed.leadDepartment))
        .body("[0].departmentName", equalTo(TestCongress.departmentName(closed.leadDepartment)))
        .body("[0].items", equalTo(2))
        .body("[0].byState.CLOSED", equalTo(1))
        .body("[0].byState.IN_PROGRESS", equalTo(1))
        .body("[0].byClass.A", equalTo(1))
        .body("[0].contactRate", equalTo(0.5f))
        .body("[0].onTimeReplyRate", equalTo(1.0f))
        .body("[0].satisfactionRate", equalTo(1.0f))
        .body("[1].departmentId", equalTo("ALL"))
        .body("[1].departmentName", equalTo("合计"));
    given()
        .auth()
        .oauth2(closed.congress.staffToken)
        .get("/api/v1/suggestion-statistics.csv")
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .body(containsString("人大,承办单位,件数"))
        .body(containsString(TestCongress.departmentName(closed.leadDepartment) + ",2,"))
        .body(containsString("100.00%"));
    get(closed.congress.staffToken, "/api/v1/suggestion-statistics?term=7")
        .body("[0].departmentId", equalTo("ALL"))
        .body("[0].items", equalTo(0));
    open.hashCode();
  }

  @Test
  void shouldPublishOnlyClosedPublishableRepliesWithNamesAndDelegationsOnly() {
    Flow published = Flow.create().inProgress().contacted(TODAY).reply("A").evaluate("SATISFIED");
    Flow notClosed = published.another().inProgress().contacted(TODAY).reply("A");
    Flow secret = published.another().inProgress().contacted(TODAY);
    given()
        .auth()
        .oauth2(secret.leadDeptToken)
        .contentType("application/json")
        .body(Map.of("replyClass", "D", "text", "内部", "publishable", false, "signedBy", "王局长"))
        .post(BASE + "/" + secret.id + "/replies")
        .then()
        .statusCode(201);
    secret.evaluate("SATISFIED");

    given()
        .get("/api/v1/public/suggestions?congressId=" + published.congress.id)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(published.id.toString())))
        .body("items[0].deputies[0].name", equalTo("张伟"))
        .body("items[0].deputies[0].delegationName", equalTo("朱泾镇代表团"))
        .body("items[0].deputies[0]", not(hasKey("id")))
        .body("items[0].replyClass", equalTo("A"));
    given()
        .get("/api/v1/public/suggestions/" + notClosed.id + "?congressId=" + published.congress.id)
        .then()
        .statusCode(404);
    given()
        .get("/api/v1/public/suggestions/" + secret.id + "?congressId=" + published.congress.id)
        .then()
        .statusCode(404);
  }

  @Test
  void shouldFindChineseSubstringsInTitleAndContent() {
    Flow flow = Flow.create();
    String token = flow.leadToken;
    UUID road = draft(token, aSuggestion().titled("关于加快推进农村公路提档升级的建议"));
    UUID water = draft(token, aSuggestion().titled("关于河道治理的建议").content("建议加强农村生活污水收集处理"));
    get(token, BASE + "?q=公路提档").body("items.id", equalTo(List.of(road.toString())));
    get(token, BASE + "?q=污水").body("items.id", equalTo(List.of(water.toString())));
    get(token, BASE + "?q=100%25").body("items", hasSize(0));
    // paging: one at a time, newest first, the token leads to the next
    String next =
        get(token, BASE + "?limit=1")
            .body("items.id", equalTo(List.of(water.toString())))
            .extract()
            .path("nextPageToken");
    get(token, BASE + "?limit=1&pageToken=" + next)
        .body("items.id", equalTo(List.of(road.toString())));
    get(token, BASE + "?pageToken=garbage").statusCode(400);
  }
}
