package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every step answers with the aggregate's new ETag and a link to it: a topic runs from plan to
 * closure, and an appointee through a review, with no read between the steps.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StepAnswersTest {
  private static final String DEPT = "JYJ";

  @Test
  void shouldRunATopicFromPlanToClosureOnTheETagsOfTheAnswersAlone() {
    TestCongress congress = TestCongress.create();
    Response planned =
        congress
            .staff()
            .body(
                Map.of(
                    "planId", congress.plan().toString(),
                    "title", "听取和审议区政府关于义务教育优质均衡发展情况的报告",
                    "kind", "WORK_REPORT",
                    "committee", "教育科学文化卫生工作委员会",
                    "departmentIds", List.of(DEPT)))
            .post("/api/v1/supervision-topics");
    UUID topic = UUID.fromString(planned.then().statusCode(201).extract().path("id"));
    String base = "/api/v1/supervision-topics/" + topic;

    String etag =
        step(congress.staff(), planned.header("ETag"), null, base + "/research", 200, topic);
    String afterVisit =
        step(
            congress.staff(),
            null,
            Map.of("kind", "RESEARCH", "visitedOn", "2026-04-02", "place", "朱泾小学"),
            base + "/visits",
            201,
            topic);
    assertThat(afterVisit).isEqualTo(etag); // a visit leaves the topic as it was
    etag =
        step(
            congress.staff(),
            etag,
            Map.of("meetingDate", "2026-06-25"),
            base + "/hearing",
            201,
            topic);
    step(
        congress.as(congress.department(DEPT)),
        null,
        Map.of("text", "关于义务教育优质均衡发展情况的报告"),
        base + "/hearing/report",
        200,
        topic);
    step(
        congress.staff(),
        null,
        Map.of("attendees", attendees(List.of("m1", "m2"), List.of())),
        base + "/attendance",
        200,
        topic);
    Response opened =
        congress.staff().body(Map.of("subject", "REPORT")).post(base + "/evaluations");
    assertStep(opened, 201, topic);
    String evaluation = base + "/evaluations/" + opened.path("id");
    step(
        congress.as(congress.member("m1")),
        null,
        Map.of("grade", "SATISFIED"),
        evaluation + "/ratings",
        201,
        topic);
    step(
        congress.as(congress.member("m2")),
        null,
        Map.of("grade", "SATISFIED"),
        evaluation + "/ratings",
        201,
        topic);
    etag = step(congress.staff(), null, null, evaluation + "/completion", 200, topic);
    etag =
        step(
            congress.staff(),
            etag,
            Map.of("text", "一、推进集团化办学……", "issuedOn", "2026-07-01"),
            base + "/opinion",
            201,
            topic);
    etag =
        step(
            congress.as(congress.department(DEPT)),
            null,
            null,
            base + "/opinion/acknowledgement",
            200,
            topic);
    step(
        congress.as(congress.department(DEPT)),
        null,
        Map.of("text", "整改情况报告"),
        base + "/rectification",
        201,
        topic);
    Response second =
        congress
            .staff()
            .body(
                Map.of(
                    "subject", "RECTIFICATION",
                    "meetingDate", "2026-10-28",
                    "attendees", attendees(List.of("m1"), List.of())))
            .post(base + "/evaluations");
    assertStep(second, 201, topic);
    String rectification = base + "/evaluations/" + second.path("id");
    step(
        congress.as(congress.member("m1")),
        null,
        Map.of("grade", "SATISFIED"),
        rectification + "/ratings",
        201,
        topic);
    etag = step(congress.staff(), null, null, rectification + "/completion", 200, topic);

    congress
        .staff()
        .header("If-Match", etag)
        .post(base + "/closure")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));
  }

  @Test
  void shouldRunAPerformanceReviewOnTheETagsOfTheAnswersAlone() {
    TestCongress congress = TestCongress.create();
    Response appointed =
        congress
            .staff()
            .body(
                Map.of(
                    "personName", "周强",
                    "post", "区教育局局长",
                    "departmentId", DEPT,
                    "appointedOn", "2024-03-01"))
            .post("/api/v1/appointments");
    String appointee = appointed.then().statusCode(201).extract().path("id");
    String base = "/api/v1/appointments/" + appointee;

    Response opened =
        congress
            .staff()
            .body(
                Map.of(
                    "meetingDate", "2026-10-28", "attendees", attendees(List.of("m1"), List.of())))
            .post(base + "/reviews");
    assertAppointeeStep(opened, 201, base);
    String review = base + "/reviews/" + opened.path("id");
    assertAppointeeStep(
        congress
            .as(congress.department(DEPT))
            .body(Map.of("text", "述职报告"))
            .post(review + "/report"),
        200,
        base);
    assertAppointeeStep(
        congress
            .as(congress.member("m1"))
            .body(Map.of("grade", "SATISFIED"))
            .post(review + "/ratings"),
        201,
        base);
    Response completed = congress.staff().post(review + "/completion");
    assertAppointeeStep(completed, 200, base);

    congress
        .staff()
        .header("If-Match", completed.header("ETag"))
        .body(
            Map.of(
                "personName", "周强",
                "post", "区教育局局长",
                "departmentId", DEPT,
                "appointedOn", "2024-03-02"))
        .put(base)
        .then()
        .statusCode(200);
  }

  /** Posts a step (with If-Match when given) and returns the ETag of its answer. */
  private static String step(
      io.restassured.specification.RequestSpecification spec,
      String ifMatch,
      Object body,
      String path,
      int status,
      UUID topic) {
    if (ifMatch != null) {
      spec = spec.header("If-Match", ifMatch);
    }
    if (body != null) {
      spec = spec.body(body);
    }
    Response response = spec.post(path);
    assertStep(response, status, topic);
    return response.header("ETag");
  }

  private static void assertStep(Response response, int status, UUID topic) {
    response.then().statusCode(status);
    assertThat(response.header("ETag")).as(response.asString()).matches("\"\\d+\"");
    if (response.header("Link") == null) { // the answer is the topic itself
      assertThat(response.<String>path("id")).isEqualTo(topic.toString());
    } else {
      assertThat(response.header("Link"))
          .isEqualTo("</api/v1/supervision-topics/" + topic + ">; rel=\"up\"");
    }
  }

  private static void assertAppointeeStep(Response response, int status, String appointee) {
    response.then().statusCode(status);
    assertThat(response.header("ETag")).as(response.asString()).matches("\"\\d+\"");
    assertThat(response.header("Link")).isEqualTo("<" + appointee + ">; rel=\"up\"");
  }
}
