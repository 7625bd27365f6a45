package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.supervision.support.TestCongress;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * One topic through every state with the real database and broker, including a re-report after a
 * dissatisfied vote; its events arrive on the topic, in order.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TopicLifecycleTest {
  private static final String DEPT = "MZJ";

  @Test
  void shouldRunTopicThroughEveryStateIncludingReReport() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID visitor = UUID.randomUUID();
    UUID attendingDeputy = UUID.randomUUID();
    UUID topic = congress.topic("听取和审议区政府关于养老服务工作情况的报告", "WORK_REPORT", DEPT);
    assertThat(congress.status(topic)).isEqualTo("PLANNED");

    // 看
    congress.research(topic);
    congress
        .staff()
        .body(
            Map.of(
                "kind", "INSPECTION",
                "visitedOn", "2026-05-12",
                "place", "朱泾镇社区养老服务综合体",
                "findings", "床位利用率不高，护理人员不足",
                "deputyIds", List.of(visitor.toString()),
                "memberIds", List.of("m1")))
        .post("/api/v1/supervision-topics/" + topic + "/visits")
        .then()
        .statusCode(201)
        .body("kindLabel", equalTo("视察"));

    // 听, round 1: the report is rated dissatisfied by more than half → RE_REPORT
    congress.scheduleHearing(topic, LocalDate.of(2026, 6, 25));
    congress.submitReport(topic, DEPT);
    congress
        .staff()
        .body(Map.of("attendees", attendees(List.of("m1", "m2", "m3"), List.of(attendingDeputy))))
        .post("/api/v1/supervision-topics/" + topic + "/attendance")
        .then()
        .statusCode(200)
        .body("held", equalTo(true))
        .body("attachments[0].fileName", equalTo("养老服务统计表.xlsx"));
    UUID first = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    congress.rate(topic, first, "m1", "DISSATISFIED").then().statusCode(201);
    congress.rate(topic, first, "m2", "DISSATISFIED").then().statusCode(201);
    congress.rate(topic, first, "m3", "SATISFIED").then().statusCode(201);
    congress
        .complete(topic, first)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("RE_REPORT"))
        .body("counts.dissatisfied", equalTo(2))
        .body("counts.cast", equalTo(3));
    assertThat(congress.status(topic)).isEqualTo("RE_REPORT");

    // back to HEARING, at a later meeting only
    congress
        .transition(topic, "hearing", Map.of("meetingDate", "2026-06-25"))
        .then()
        .statusCode(422);
    congress.scheduleHearing(topic, LocalDate.of(2026, 8, 27));
    congress.submitReport(topic, DEPT);
    congress.attendance(topic, List.of("m1", "m2", "m3"), List.of(attendingDeputy));
    UUID second = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    for (String m : List.of("m1", "m2", "m3")) {
      congress.rate(topic, second, m, "SATISFIED").then().statusCode(201);
    }
    congress.complete(topic, second).then().body("outcome", equalTo("SATISFIED"));
    assertThat(congress.status(topic)).isEqualTo("HEARING");

    // 问
    congress
        .as(congress.member("m1"))
        .body(Map.of("question", "养老护理人员缺口如何解决？", "askerName", "张委员"))
        .post("/api/v1/supervision-topics/" + topic + "/questions")
        .then()
        .statusCode(201)
        .body("seq", equalTo(1));
    String q2 =
        congress
            .as(congress.member("m2"))
            .body(Map.of("question", "农村养老服务点覆盖率何时达到100%？"))
            .post("/api/v1/supervision-topics/" + topic + "/questions")
            .then()
            .statusCode(201)
            .body("seq", equalTo(2))
            .extract()
            .path("id");
    congress
        .as(congress.department(DEPT))
        .body(Map.of("answer", "2027年底前实现全覆盖。"))
        .post("/api/v1/supervision-topics/" + topic + "/questions/" + q2 + "/answer")
        .then()
        .statusCode(200);
    congress
        .staff()
        .get("/api/v1/supervision-topics/" + topic + "/questions")
        .then()
        .body("items.seq", equalTo(List.of(1, 2)))
        .body("items[1].answer", equalTo("2027年底前实现全覆盖。"));

    // opinions, default deadline 6 months → DELIBERATED
    congress
        .transition(topic, "opinion", Map.of("text", "一、加强养老护理队伍建设……", "issuedOn", "2026-09-01"))
        .then()
        .statusCode(201)
        .body("rectificationDeadline", equalTo("2027-03-01"));
    assertThat(congress.status(topic)).isEqualTo("DELIBERATED");

    // the department takes them on → RECTIFYING, reports in writing
    congress
        .as(congress.department(DEPT))
        .post("/api/v1/supervision-topics/" + topic + "/opinion/acknowledgement")
        .then()
        .statusCode(200)
        .body("status", equalTo("RECTIFYING"));
    congress
        .as(congress.department(DEPT))
        .body(Map.of("text", "整改情况报告：新增护理人员120名……"))
        .post("/api/v1/supervision-topics/" + topic + "/rectification")
        .then()
        .statusCode(201);

    // the rectification is rated satisfied at a later meeting → EVALUATED → CLOSED
    UUID third =
        congress.openEvaluation(
            topic,
            Map.of(
                "subject", "RECTIFICATION",
                "meetingDate", "2026-11-26",
                "attendees", attendees(List.of("m1", "m2"), List.of())));
    congress.rate(topic, third, "m1", "SATISFIED").then().statusCode(201);
    congress.rate(topic, third, "m2", "BASICALLY_SATISFIED").then().statusCode(201);
    congress.complete(topic, third).then().body("outcome", equalTo("SATISFIED"));
    assertThat(congress.status(topic)).isEqualTo("EVALUATED");
    congress.transition(topic, "closure", null).then().statusCode(200);
    assertThat(congress.status(topic)).isEqualTo("CLOSED");

    // published: opinions and the three results with their counts, for anyone
    io.restassured.RestAssured.given()
        .queryParam("congressId", congress.id)
        .get("/api/v1/public/supervision-topics/" + topic)
        .then()
        .statusCode(200)
        .body("statusLabel", equalTo("已办结"))
        .body("opinions", hasSize(1))
        .body("results", hasSize(3))
        .body("results[0].outcome", equalTo("RE_REPORT"))
        .body("results[0].counts.dissatisfied", equalTo(2))
        .body("results[2].counts.basicallySatisfied", equalTo(1));

    List<String> expected =
        List.of(
            "TopicPlanned",
            "TopicStatusChanged:PLANNED>RESEARCH",
            "VisitRecorded",
            "TopicStatusChanged:RESEARCH>HEARING",
            "HearingHeld",
            "AttendanceRecorded",
            "EvaluationCompleted",
            "TopicStatusChanged:HEARING>RE_REPORT",
            "TopicStatusChanged:RE_REPORT>HEARING",
            "HearingHeld",
            "AttendanceRecorded",
            "EvaluationCompleted",
            "OpinionIssued",
            "TopicStatusChanged:HEARING>DELIBERATED",
            "TopicStatusChanged:DELIBERATED>RECTIFYING",
            "RectificationReported",
            "AttendanceRecorded",
            "EvaluationCompleted",
            "TopicStatusChanged:RECTIFYING>EVALUATED",
            "TopicStatusChanged:EVALUATED>CLOSED");
    List<ConsumerRecord<String, String>> records =
        TopicReader.awaitRecords(
            Topics.SUPERVISION,
            r -> topic.toString().equals(r.key()),
            expected.size(),
            Duration.ofSeconds(60));
    List<EventEnvelope> events = records.stream().map(TopicLifecycleTest::envelope).toList();
    assertThat(events.stream().map(TopicLifecycleTest::describe).toList()).isEqualTo(expected);
    EventEnvelope visit = events.get(2);
    assertThat(visit.data().get("kind").asText()).isEqualTo("INSPECTION");
    assertThat(visit.data().get("deputyIds").get(0).asText()).isEqualTo(visitor.toString());
    EventEnvelope attendance = events.get(5);
    assertThat(attendance.type()).isEqualTo("congress.supervision.AttendanceRecorded.v1");
    assertThat(attendance.data().get("presentDeputyIds").get(0).asText())
        .isEqualTo(attendingDeputy.toString());
    assertThat(attendance.data().get("topicTitle").asText()).contains("养老服务");
    assertThat(attendance.data().get("meetingDate").asText()).isEqualTo("2026-06-25");
    assertThat(events).allMatch(e -> congress.id.equals(e.congressid()));
  }

  private static EventEnvelope envelope(ConsumerRecord<String, String> record) {
    try {
      return EventJson.mapper().readValue(record.value(), EventEnvelope.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String describe(EventEnvelope e) {
    String name = e.type().split("\\.")[2];
    if (name.equals("TopicStatusChanged")) {
      return name
          + ":"
          + e.data().get("fromStatus").asText()
          + ">"
          + e.data().get("toStatus").asText();
    }
    return name;
  }
}
