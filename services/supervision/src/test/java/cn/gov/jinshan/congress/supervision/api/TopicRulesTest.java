package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static cn.gov.jinshan.congress.supervision.support.TestCongress.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.supervision.service.OverdueService;
import cn.gov.jinshan.congress.supervision.support.TestCongress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of a topic: state machine, preconditions, permissions, ratings, deadlines. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TopicRulesTest {
  private static final String PROBLEM = "application/problem+json";
  private static final String DEPT = "WJW";

  @Inject OverdueService overdue;
  @Inject EntityManager entityManager;

  private TestCongress congress;

  @BeforeEach
  void newCongress() {
    congress = TestCongress.create();
  }

  // ---- state machine ----

  @Test
  void shouldRefuseIllegalTransitionNamingCurrentState() {
    UUID topic = congress.topic("区人民法院审判工作情况", "JUDICIAL_REVIEW", DEPT);
    congress
        .transition(topic, "closure", null)
        .then()
        .statusCode(409)
        .contentType(PROBLEM)
        .body("code", equalTo("invalid-state"))
        .body("detail", containsString("PLANNED"));
    congress
        .transition(topic, "hearing", Map.of("meetingDate", "2026-06-25"))
        .then()
        .statusCode(409)
        .body("detail", containsString("PLANNED"));
    congress.research(topic);
    congress
        .transition(topic, "opinion", Map.of("text", "意见", "issuedOn", "2026-07-01"))
        .then()
        .statusCode(409)
        .body("detail", containsString("RESEARCH"));
  }

  @Test
  void shouldRefuseStartingResearchTwice() {
    UUID topic = congress.topic("执法检查", "LAW_ENFORCEMENT_INSPECTION", DEPT);
    congress.research(topic);
    congress
        .transition(topic, "research", null)
        .then()
        .statusCode(409)
        .body("detail", containsString("RESEARCH"));
  }

  @Test
  void shouldRequireIfMatchOnTransitions() {
    UUID topic = congress.topic("国有资产管理情况", "STATE_ASSETS", DEPT);
    congress
        .staff()
        .post("/api/v1/supervision-topics/" + topic + "/research")
        .then()
        .statusCode(428)
        .contentType(PROBLEM);
    congress
        .staff()
        .header("If-Match", "\"99\"")
        .post("/api/v1/supervision-topics/" + topic + "/research")
        .then()
        .statusCode(412);
  }

  @Test
  void shouldRefuseSecondPlanForSameYear() {
    congress.plan();
    congress
        .staff()
        .body(Map.of("year", 2026, "title", "重复计划"))
        .post("/api/v1/supervision-plans")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  void shouldRefuseInvalidTopicListingFields() {
    congress
        .staff()
        .body(Map.of("planId", congress.plan().toString(), "kind", "NOT_A_KIND", "title", "x"))
        .post("/api/v1/supervision-topics")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
    congress
        .staff()
        .body(Map.of("planId", congress.plan().toString(), "title", " "))
        .post("/api/v1/supervision-topics")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("committee", "departmentIds", "kind", "title")));
  }

  @Test
  void shouldRefuseAttendanceBeforeTheReportAndOpinionBeforeTheHearing() {
    UUID topic = congress.topic("政府债务管理情况", "GOVERNMENT_DEBT", DEPT);
    congress.research(topic);
    congress.scheduleHearing(topic, LocalDate.of(2026, 6, 25));
    congress
        .staff()
        .body(Map.of("attendees", attendees(List.of("m1"), List.of())))
        .post("/api/v1/supervision-topics/" + topic + "/attendance")
        .then()
        .statusCode(422);
    congress
        .transition(topic, "opinion", Map.of("text", "意见", "issuedOn", "2026-07-01"))
        .then()
        .statusCode(422)
        .body("code", equalTo("business-rule-violated"));
  }

  // ---- department isolation ----

  @Test
  void shouldLetOnlyTheResponsibleDepartmentReportAndSeeTheTopic() {
    UUID topic = congress.topic("预算执行情况", "BUDGET", DEPT);
    congress.research(topic);
    congress.scheduleHearing(topic, LocalDate.of(2026, 6, 25));
    String other = congress.department("JYJ");
    congress
        .as(other)
        .body(Map.of("text", "不是我的报告"))
        .post("/api/v1/supervision-topics/" + topic + "/hearing/report")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    congress.as(other).get("/api/v1/supervision-topics/" + topic).then().statusCode(404);
    congress
        .as(other)
        .get("/api/v1/supervision-topics")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    congress
        .as(congress.department(DEPT))
        .get("/api/v1/supervision-topics")
        .then()
        .body("items.id", equalTo(List.of(topic.toString())));
    congress.submitReport(topic, DEPT);
    congress
        .as(congress.department(DEPT))
        .body(Map.of("text", "再交一次"))
        .post("/api/v1/supervision-topics/" + topic + "/hearing/report")
        .then()
        .statusCode(409);
  }

  @Test
  void shouldLetDeputiesReadOnlyTopicsTheyTookPartIn() {
    UUID visitor = UUID.randomUUID();
    UUID topic = congress.topic("农村人居环境整治", "WORK_REPORT", DEPT);
    congress.research(topic);
    congress
        .staff()
        .body(
            Map.of(
                "kind", "RESEARCH",
                "visitedOn", "2026-04-02",
                "place", "廊下镇",
                "deputyIds", List.of(visitor.toString())))
        .post("/api/v1/supervision-topics/" + topic + "/visits")
        .then()
        .statusCode(201);
    congress
        .as(congress.deputy(visitor))
        .get("/api/v1/supervision-topics/" + topic)
        .then()
        .statusCode(200);
    congress
        .as(congress.deputy(UUID.randomUUID()))
        .get("/api/v1/supervision-topics/" + topic)
        .then()
        .statusCode(404);
    congress
        .as(congress.deputy(visitor))
        .get("/api/v1/supervision-topics")
        .then()
        .body("items.id", equalTo(List.of(topic.toString())));
  }

  @Test
  void shouldHideTopicsOfAnotherCongress() {
    UUID topic = congress.topic("计划执行情况", "PLAN_EXECUTION", DEPT);
    TestCongress other = TestCongress.create();
    other.staff().get("/api/v1/supervision-topics/" + topic).then().statusCode(404);
  }

  // ---- ratings ----

  @Test
  void shouldLetOnlyPresentMembersRateAndOnlyOnce() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1", "m2"));
    UUID evaluation = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    congress.rate(topic, evaluation, "absent", "SATISFIED").then().statusCode(403);
    congress.rate(topic, evaluation, "m1", "SATISFIED").then().statusCode(201);
    congress
        .rate(topic, evaluation, "m1", "DISSATISFIED")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
    congress
        .as(congress.staffToken)
        .body(Map.of("grade", "SATISFIED"))
        .post("/api/v1/supervision-topics/" + topic + "/evaluations/" + evaluation + "/ratings")
        .then()
        .statusCode(403);
    congress.complete(topic, evaluation).then().statusCode(200).body("counts.cast", equalTo(1));
    congress
        .rate(topic, evaluation, "m2", "SATISFIED")
        .then()
        .statusCode(409)
        .body("detail", containsString("COMPLETED"));
  }

  @Test
  void shouldAcceptOneRatingPerMemberUnderConcurrentSubmission() throws Exception {
    UUID topic = congress.heardTopic(DEPT, List.of("m1", "m2"));
    UUID evaluation = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    int parallel = 8;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      calls.add(() -> congress.rate(topic, evaluation, "m1", "SATISFIED").statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(calls)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(parallel - 1);
    congress.complete(topic, evaluation).then().body("counts.satisfied", equalTo(1));
  }

  @Test
  void shouldNotAskForReReportWhenExactlyHalfAreDissatisfied() {
    UUID topic =
        vote(List.of("DISSATISFIED", "DISSATISFIED", "SATISFIED", "SATISFIED"), "SATISFIED");
    assertThat(congress.status(topic)).isEqualTo("HEARING");
  }

  @Test
  void shouldAskForReReportWhenDissatisfiedAreHalfPlusOne() {
    UUID topic =
        vote(List.of("DISSATISFIED", "DISSATISFIED", "DISSATISFIED", "SATISFIED"), "RE_REPORT");
    assertThat(congress.status(topic)).isEqualTo("RE_REPORT");
  }

  @Test
  void shouldNotAskForWrittenRectificationWhenBasicallyPlusDissatisfiedAreExactlyHalf() {
    vote(List.of("BASICALLY_SATISFIED", "DISSATISFIED", "SATISFIED", "SATISFIED"), "SATISFIED");
  }

  @Test
  void shouldAskForWrittenRectificationWhenBasicallyPlusDissatisfiedAreHalfPlusOne() {
    vote(
        List.of("BASICALLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "SATISFIED"),
        "WRITTEN_RECTIFICATION");
  }

  @Test
  void shouldCountVotesCastNotMembersPresent() {
    // 6 present, 4 vote: 3 dissatisfied of 4 cast is more than half (though only half of 6)
    UUID topic = congress.heardTopic(DEPT, members(6));
    UUID evaluation = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    List<String> grades = List.of("DISSATISFIED", "DISSATISFIED", "DISSATISFIED", "SATISFIED");
    for (int i = 0; i < grades.size(); i++) {
      congress.rate(topic, evaluation, "m" + (i + 1), grades.get(i)).then().statusCode(201);
    }
    congress
        .complete(topic, evaluation)
        .then()
        .body("outcome", equalTo("RE_REPORT"))
        .body("counts.eligible", equalTo(6))
        .body("counts.cast", equalTo(4));
  }

  @Test
  void shouldRefuseCompletingAnEvaluationWithoutVotes() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    UUID evaluation = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    congress.complete(topic, evaluation).then().statusCode(422);
  }

  // ---- deadlines and overdue ----

  @Test
  void shouldDefaultTheRectificationDeadlineToSixMonths() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    congress
        .transition(topic, "opinion", Map.of("text", "审议意见", "issuedOn", "2026-03-10"))
        .then()
        .statusCode(201)
        .body("rectificationDeadline", equalTo("2026-09-10"));
  }

  @Test
  void shouldRefuseADeadlineNotAfterTheIssueDate() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    congress
        .transition(
            topic,
            "opinion",
            Map.of("text", "审议意见", "issuedOn", "2026-03-10", "rectificationDeadline", "2026-03-10"))
        .then()
        .statusCode(422);
    assertThat(congress.status(topic)).isEqualTo("HEARING");
  }

  @Test
  void shouldFlagMissingRectificationAsOverdueOnce() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    congress
        .transition(topic, "opinion", Map.of("text", "审议意见", "issuedOn", "2020-01-10"))
        .then()
        .statusCode(201)
        .body("rectificationDeadline", equalTo("2020-07-10"))
        .body("overdue", equalTo(true));

    overdue.flagOverdue();
    overdue.flagOverdue();

    assertThat(outboxCount(topic, "congress.supervision.RectificationOverdue.v1")).isEqualTo(1);
    congress
        .staff()
        .get("/api/v1/supervision-topics/" + topic + "/opinion")
        .then()
        .body("overdueFlaggedAt", org.hamcrest.Matchers.notNullValue());
    // a late report is accepted and marked late
    congress
        .as(congress.department(DEPT))
        .post("/api/v1/supervision-topics/" + topic + "/opinion/acknowledgement")
        .then()
        .statusCode(200);
    congress
        .as(congress.department(DEPT))
        .body(Map.of("text", "整改报告"))
        .post("/api/v1/supervision-topics/" + topic + "/rectification")
        .then()
        .statusCode(201)
        .body("late", equalTo(true));
  }

  @Test
  void shouldNotFlagARectificationThatIsNotYetDue() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    congress
        .transition(
            topic, "opinion", Map.of("text", "审议意见", "issuedOn", LocalDate.now().toString()))
        .then()
        .statusCode(201)
        .body("overdue", equalTo(false));
    overdue.flagOverdue();
    assertThat(outboxCount(topic, "congress.supervision.RectificationOverdue.v1")).isZero();
  }

  @Test
  void shouldAskForAnotherWrittenReportWhenRectificationIsOnlyBasicallySatisfactory() {
    UUID topic = congress.heardTopic(DEPT, List.of("m1"));
    congress
        .transition(topic, "opinion", Map.of("text", "审议意见", "issuedOn", "2026-03-10"))
        .then()
        .statusCode(201);
    congress
        .as(congress.department(DEPT))
        .post("/api/v1/supervision-topics/" + topic + "/opinion/acknowledgement")
        .then()
        .statusCode(200);
    congress
        .as(congress.department(DEPT))
        .body(Map.of("text", "整改报告"))
        .post("/api/v1/supervision-topics/" + topic + "/rectification")
        .then()
        .statusCode(201);
    UUID evaluation =
        congress.openEvaluation(
            topic,
            Map.of(
                "subject", "RECTIFICATION",
                "meetingDate", "2026-08-28",
                "attendees", attendees(List.of("m1", "m2"), List.of())));
    congress.rate(topic, evaluation, "m1", "BASICALLY_SATISFIED").then().statusCode(201);
    congress.rate(topic, evaluation, "m2", "BASICALLY_SATISFIED").then().statusCode(201);
    congress.complete(topic, evaluation).then().body("outcome", equalTo("WRITTEN_RECTIFICATION"));
    assertThat(congress.status(topic)).isEqualTo("RECTIFYING");
    congress
        .staff()
        .get("/api/v1/supervision-topics/" + topic + "/opinion")
        .then()
        .body("rectificationRound", equalTo(2))
        .body("rectifiedAt", org.hamcrest.Matchers.nullValue());
  }

  private UUID vote(List<String> grades, String outcome) {
    UUID topic = congress.heardTopic(DEPT, members(grades.size()));
    UUID evaluation = congress.openEvaluation(topic, Map.of("subject", "REPORT"));
    for (int i = 0; i < grades.size(); i++) {
      congress.rate(topic, evaluation, "m" + (i + 1), grades.get(i)).then().statusCode(201);
    }
    congress.complete(topic, evaluation).then().statusCode(200).body("outcome", equalTo(outcome));
    return topic;
  }

  private long outboxCount(UUID topic, String type) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "SELECT count(*) FROM outbox_event WHERE event_key = ?1 AND"
                                    + " event_type = ?2")
                            .setParameter(1, topic.toString())
                            .setParameter(2, type)
                            .getSingleResult())
                    .longValue());
  }
}
