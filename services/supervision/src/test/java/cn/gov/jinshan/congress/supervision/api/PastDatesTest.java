package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Things that happened cannot be dated in the future: 422 date.in-future, naming the field. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PastDatesTest {
  private static final String DEPT = "ZJW";

  /** Beyond the tolerance in any zone: the day after tomorrow in Shanghai. */
  private static final String LATER =
      LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString();

  @Test
  void shouldRefuseRecordingAttendanceOfAHearingTenDaysAhead() {
    TestCongress congress = TestCongress.create();
    UUID topic = congress.topic("听取和审议区政府关于城市更新工作情况的报告", "WORK_REPORT", DEPT);
    congress.research(topic);
    // scheduling a meeting ahead is planning; saying it was held is not possible yet
    congress.scheduleHearing(topic, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10));
    congress.submitReport(topic, DEPT);

    inFuture(
        congress
            .staff()
            .body(Map.of("attendees", attendees(List.of("m1"), List.of())))
            .post("/api/v1/supervision-topics/" + topic + "/attendance"),
        "meetingDate");
  }

  @Test
  void shouldRefuseVisitsOpinionsAndEvaluationsDatedInTheFuture() {
    TestCongress congress = TestCongress.create();
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    String base = "/api/v1/supervision-topics/" + topic;
    inFuture(
        congress.transition(topic, "opinion", Map.of("text", "审议意见", "issuedOn", LATER)),
        "issuedOn");
    congress
        .transition(topic, "opinion", Map.of("text", "审议意见", "issuedOn", "2026-07-01"))
        .then()
        .statusCode(201);
    congress
        .as(congress.department(DEPT))
        .post(base + "/opinion/acknowledgement")
        .then()
        .statusCode(200);
    inFuture(
        congress
            .staff()
            .body(Map.of("kind", "INSPECTION", "visitedOn", LATER, "place", "亭林镇"))
            .post(base + "/visits"),
        "visitedOn");
    congress
        .as(congress.department(DEPT))
        .body(Map.of("text", "整改报告"))
        .post(base + "/rectification")
        .then()
        .statusCode(201);
    inFuture(
        congress
            .staff()
            .body(
                Map.of(
                    "subject",
                    "RECTIFICATION",
                    "meetingDate",
                    LATER,
                    "attendees",
                    attendees(List.of("m1"), List.of())))
            .post(base + "/evaluations"),
        "meetingDate");
  }

  @Test
  void shouldRefuseAppointmentsAndReviewsDatedInTheFuture() {
    TestCongress congress = TestCongress.create();
    Map<String, Object> appointment =
        Map.of("personName", "陈刚", "post", "区住建委主任", "departmentId", DEPT, "appointedOn", LATER);
    inFuture(congress.staff().body(appointment).post("/api/v1/appointments"), "appointedOn");
    String appointee =
        congress
            .staff()
            .body(
                Map.of(
                    "personName", "陈刚",
                    "post", "区住建委主任",
                    "departmentId", DEPT,
                    "appointedOn", "2024-05-01"))
            .post("/api/v1/appointments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    inFuture(
        congress
            .staff()
            .body(Map.of("meetingDate", LATER, "attendees", attendees(List.of("m1"), List.of())))
            .post("/api/v1/appointments/" + appointee + "/reviews"),
        "meetingDate");
  }

  private static void inFuture(Response response, String field) {
    response
        .then()
        .statusCode(422)
        .body("code", equalTo("business-rule-violated"))
        .body("detail", containsString(field));
  }
}
