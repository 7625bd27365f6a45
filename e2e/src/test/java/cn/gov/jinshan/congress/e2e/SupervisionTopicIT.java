package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.testing.Poll;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4 (监督: 看、听、问): a supervision topic on the health department's work: research with a site
 * visit, hearing with the department's report, attendance of three Standing Committee members and
 * two deputies (→ HEARING_ATTENDANCE on the deputies' performance records), a question and its
 * answer, the deliberation opinion, rectification, the members' satisfaction rating (present
 * members only, once each) and closure; the results are public and the history is in the audit
 * ledger.
 */
class SupervisionTopicIT {
  private static final String DEPT = "HEALTH";
  private static final int[] ATTENDING_DEPUTIES = {25, 26};
  private static final List<String> MEMBERS = List.of("member01", "member02", "member03");
  private static final Duration EVENTS = Duration.ofSeconds(60);

  @Test
  void shouldRunATopicThroughHearingOpinionRectificationAndRating() {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    LocalDate today = LocalDate.now(Performance.CHINA);
    LocalDate hearingOn = today.minusDays(2);
    LocalDate visitedOn = today.minusDays(10);
    long inspectedBefore =
        Performance.count(ATTENDING_DEPUTIES[0], "INSPECTION", visitedOn.getYear());
    long[] attendedBefore = new long[ATTENDING_DEPUTIES.length];
    for (int i = 0; i < ATTENDING_DEPUTIES.length; i++) {
      attendedBefore[i] =
          Performance.count(ATTENDING_DEPUTIES[i], "HEARING_ATTENDANCE", hearingOn.getYear());
    }

    String title = "听取和审议区政府关于基层医疗卫生服务能力建设情况的报告 " + run;
    String topic =
        Gateway.as("staff1")
            .body(
                Map.of(
                    "planId",
                    plan(today.getYear()),
                    "title",
                    title,
                    "kind",
                    "WORK_REPORT",
                    "committee",
                    "社会建设工作委员会",
                    "departmentIds",
                    List.of(DEPT),
                    "plannedMeetingDate",
                    hearingOn.toString()))
            .post("/api/v1/supervision-topics")
            .then()
            .statusCode(201)
            .body("status", equalTo("PLANNED"))
            .extract()
            .path("id");

    registerMembers();

    // 看
    transition(topic, "research", null).statusCode(200);
    Gateway.as("staff1")
        .body(
            Map.of(
                "kind",
                "INSPECTION",
                "visitedOn",
                visitedOn.toString(),
                "place",
                "石化街道社区卫生服务中心",
                "findings",
                "全科医生不足，夜间门诊覆盖率低",
                "deputyIds",
                List.of(DevDeputies.id(ATTENDING_DEPUTIES[0]).toString()),
                "memberIds",
                List.of(Jwt.subject("member01"))))
        .post("/api/v1/supervision-topics/{id}/visits", topic)
        .then()
        .statusCode(201);

    // 听: the department's report (only the responsible one), attendance
    transition(topic, "hearing", Map.of("meetingDate", hearingOn.toString())).statusCode(201);
    Map<String, Object> report =
        Map.of("text", "关于基层医疗卫生服务能力建设情况的报告：全区新增全科医生86名……", "attachments", List.of());
    Gateway.as("dept-edu")
        .body(report)
        .post("/api/v1/supervision-topics/{id}/hearing/report", topic)
        .then()
        .statusCode(404) // another department may not read the topic: it is absent for it
        .contentType("application/problem+json");
    Gateway.as("dept-health")
        .body(report)
        .post("/api/v1/supervision-topics/{id}/hearing/report", topic)
        .then()
        .statusCode(200);
    List<Map<String, Object>> attendees = new ArrayList<>();
    for (String m : MEMBERS) {
      attendees.add(Map.of("memberId", Jwt.subject(m), "name", "委员" + m.substring(6)));
    }
    for (int d : ATTENDING_DEPUTIES) {
      attendees.add(Map.of("deputyId", DevDeputies.id(d).toString(), "name", "代表" + d));
    }
    Gateway.as("staff1")
        .body(Map.of("attendees", attendees))
        .post("/api/v1/supervision-topics/{id}/attendance", topic)
        .then()
        .statusCode(200)
        .body("held", equalTo(true));

    // 问
    String question =
        Gateway.as("member02")
            .body(Map.of("question", "夜间门诊何时覆盖所有街镇？", "askerName", "委员02"))
            .post("/api/v1/supervision-topics/{id}/questions", topic)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Gateway.as("dept-health")
        .body(Map.of("answer", "2026年底前实现11个街镇全覆盖。"))
        .post("/api/v1/supervision-topics/{id}/questions/{q}/answer", topic, question)
        .then()
        .statusCode(200);

    // 审议意见 → the department takes it on → rectification report
    transition(
            topic,
            "opinion",
            Map.of("text", "一、加强全科医生队伍建设；二、扩大夜间门诊覆盖。", "issuedOn", today.minusDays(1).toString()))
        .statusCode(201);
    status(topic, "DELIBERATED");
    Gateway.as("dept-health")
        .post("/api/v1/supervision-topics/{id}/opinion/acknowledgement", topic)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECTIFYING"));
    Gateway.as("dept-health")
        .body(Map.of("text", "整改情况报告：新增夜间门诊7处，招聘全科医生40名……"))
        .post("/api/v1/supervision-topics/{id}/rectification", topic)
        .then()
        .statusCode(201);

    // 满意度测评 of the rectification by the members present
    List<Map<String, Object>> members = new ArrayList<>();
    for (String m : MEMBERS) {
      members.add(Map.of("memberId", Jwt.subject(m), "name", "委员" + m.substring(6)));
    }
    String evaluation =
        Gateway.as("staff1")
            .body(
                Map.of(
                    "subject",
                    "RECTIFICATION",
                    "meetingDate",
                    today.toString(),
                    "attendees",
                    members))
            .post("/api/v1/supervision-topics/{id}/evaluations", topic)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    rate(topic, evaluation, "member01", "SATISFIED").statusCode(201);
    rate(topic, evaluation, "member02", "BASICALLY_SATISFIED").statusCode(201);
    rate(topic, evaluation, "member03", "SATISFIED").statusCode(201);
    rate(topic, evaluation, "member01", "DISSATISFIED")
        .statusCode(409)
        .contentType("application/problem+json");
    rate(topic, evaluation, "member04", "DISSATISFIED")
        .statusCode(403)
        .contentType("application/problem+json");
    Gateway.as("staff1")
        .post("/api/v1/supervision-topics/{t}/evaluations/{e}/completion", topic, evaluation)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("SATISFIED"))
        .body("counts.cast", equalTo(3))
        .body("counts.basicallySatisfied", equalTo(1));
    status(topic, "EVALUATED");
    transition(topic, "closure", null).statusCode(200);
    status(topic, "CLOSED");

    Gateway.anonymous()
        .get("/api/v1/public/supervision-topics/{id}", topic)
        .then()
        .statusCode(200)
        .body("statusLabel", equalTo("已办结"))
        .body("opinions", hasSize(1))
        .body("results", hasSize(1))
        .body("results[0].outcome", equalTo("SATISFIED"));

    // Attendance shows on the deputies' records (AttendanceRecorded → deputies).
    for (int i = 0; i < ATTENDING_DEPUTIES.length; i++) {
      int deputy = ATTENDING_DEPUTIES[i];
      long before = attendedBefore[i];
      assertThat(
              Poll.until(
                  EVENTS,
                  () ->
                      Performance.count(deputy, "HEARING_ATTENDANCE", hearingOn.getYear())
                          >= before + 1))
          .as("HEARING_ATTENDANCE on deputy%02d's record", deputy)
          .isTrue();
    }

    // the visit is on the visiting deputy's record too (VisitRecorded → INSPECTION)
    assertThat(
            Poll.until(
                EVENTS,
                () ->
                    Performance.count(ATTENDING_DEPUTIES[0], "INSPECTION", visitedOn.getYear())
                        >= inspectedBefore + 1))
        .as("INSPECTION on deputy%02d's record", ATTENDING_DEPUTIES[0])
        .isTrue();

    List<String> expected =
        List.of(
            "TopicPlanned",
            "VisitRecorded",
            "HearingHeld",
            "AttendanceRecorded",
            "OpinionIssued",
            "RectificationReported",
            "EvaluationCompleted");
    assertThat(
            Poll.until(
                EVENTS, () -> Audit.types(Audit.history("topic", topic)).containsAll(expected)))
        .as("the topic's history in the audit ledger")
        .isTrue();
    var history = Audit.history("topic", topic);
    assertThat(Audit.types(history)).containsSubsequence(expected);
    assertThat(history.stream().map(e -> e.get("eventId")).toList()).doesNotHaveDuplicates();
    Audit.assertChainVerifies(history);
  }

  /** The district's plan of the year: found, or created (one per congress and year). */
  static String plan(int year) {
    String found = findPlan(year);
    if (found != null) {
      return found;
    }
    int status =
        Gateway.as("staff1")
            .body(Map.of("year", year, "title", year + "年度监督工作计划"))
            .post("/api/v1/supervision-plans")
            .then()
            .extract()
            .statusCode();
    assertThat(status).isIn(201, 409);
    return findPlan(year);
  }

  private static String findPlan(int year) {
    String token = null;
    do {
      var spec = Gateway.as("staff1").queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/supervision-plans").then().statusCode(200).extract();
      String id = page.path("items.find { it.year == " + year + " }.id");
      if (id != null) {
        return id;
      }
      token = page.path("nextPageToken");
    } while (token != null);
    return null;
  }

  static ValidatableResponse transition(String topic, String action, Object body) {
    String etag =
        Gateway.as("staff1")
            .get("/api/v1/supervision-topics/{id}", topic)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    var spec = Gateway.as("staff1").header("If-Match", etag);
    if (body != null) {
      spec.body(body);
    }
    return spec.post("/api/v1/supervision-topics/{id}/" + action, topic).then();
  }

  private static void status(String topic, String status) {
    Gateway.as("staff1")
        .get("/api/v1/supervision-topics/{id}", topic)
        .then()
        .statusCode(200)
        .body("status", equalTo(status));
  }

  private static ValidatableResponse rate(
      String topic, String evaluation, String member, String grade) {
    return Gateway.as(member)
        .body(Map.of("grade", grade))
        .post("/api/v1/supervision-topics/{t}/evaluations/{e}/ratings", topic, evaluation)
        .then();
  }

  /**
   * The Standing Committee members of the scenario, by their login subjects: attendance and ratings
   * name only registered members (registered by an earlier run: 409, left as it is).
   */
  private static void registerMembers() {
    for (String m : MEMBERS) {
      int status =
          Gateway.as("staff1")
              .body(
                  Map.of(
                      "memberId",
                      Jwt.subject(m),
                      "name",
                      "委员" + m.substring(6),
                      "term",
                      16,
                      "servesFrom",
                      "2021-09-01"))
              .post("/api/v1/committee-members")
              .statusCode();
      assertThat(status).as("member %s registered", m).isIn(201, 409);
    }
  }
}
