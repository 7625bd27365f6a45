package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Problem details in Chinese name states and actions in Chinese, never by their codes. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ChineseProblemsTest {
  private static final String DEPT = "WJW";

  @Test
  void shouldNameStatesAndActionsInChinese() {
    TestCongress congress = TestCongress.create();
    UUID planned = congress.topic("听取和审议区政府关于医疗卫生工作情况的报告", "WORK_REPORT", DEPT);
    UUID heard = congress.heardTopic(DEPT, List.of("m1"));
    String heardBase = "/api/v1/supervision-topics/" + heard;
    UUID evaluation = congress.openEvaluation(heard, Map.of("subject", "REPORT"));
    congress.rate(heard, evaluation, "m1", "SATISFIED").then().statusCode(201);
    congress.complete(heard, evaluation).then().statusCode(200);

    List<String> details = new ArrayList<>();
    // a step the state does not allow
    details.add(
        detail(
            congress
                .staff()
                .header("Accept-Language", "zh-CN")
                .body(Map.of("kind", "RESEARCH", "visitedOn", "2026-04-01", "place", "石化街道"))
                .post("/api/v1/supervision-topics/" + planned + "/visits"),
            409,
            "现在不能登记调研视察"));
    // an illegal transition
    details.add(
        detail(
            congress
                .staff()
                .header("Accept-Language", "zh-CN")
                .header("If-Match", congress.etag(heard))
                .post(heardBase + "/closure"),
            409,
            "“听取报告”"));
    // a change to a topic that is no longer planned
    details.add(
        detail(
            congress
                .staff()
                .header("Accept-Language", "zh-CN")
                .header("If-Match", congress.etag(heard))
                .body(
                    Map.of(
                        "planId", congress.plan().toString(),
                        "title", "改名",
                        "kind", "WORK_REPORT",
                        "committee", "社会建设工作委员会",
                        "departmentIds", List.of(DEPT)))
                .put(heardBase),
            409,
            "听取报告"));
    // no opinion yet in this state
    details.add(
        detail(
            congress.staff().header("Accept-Language", "zh-CN").get(heardBase + "/opinion"),
            409,
            "听取报告"));
    // ratings of a completed evaluation
    details.add(
        detail(
            congress
                .as(congress.member("m1"))
                .header("Accept-Language", "zh-CN")
                .body(Map.of("grade", "SATISFIED"))
                .post(heardBase + "/evaluations/" + evaluation + "/ratings"),
            409,
            "已完成"));
    // a subject a topic does not evaluate
    details.add(
        detail(
            congress
                .staff()
                .header("Accept-Language", "zh-CN")
                .body(
                    Map.of(
                        "subject", "PERFORMANCE", "attendees", attendees(List.of("m1"), List.of())))
                .post(heardBase + "/evaluations"),
            422,
            "述职"));

    assertThat(details).allSatisfy(d -> assertThat(d).doesNotContainPattern("[A-Z]{2,}"));
  }

  private static String detail(Response response, int status, String expected) {
    response.then().statusCode(status);
    String detail = response.path("detail");
    assertThat(detail).contains(expected);
    return detail;
  }
}
