package cn.gov.jinshan.congress.supervision.api;

import static cn.gov.jinshan.congress.supervision.support.TestCongress.attendees;
import static cn.gov.jinshan.congress.supervision.support.TestCongress.members;
import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.absent;
import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.notListed;
import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.otherCongressRefused;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.supervision.support.TestCongress;
import cn.gov.jinshan.congress.testing.IsolationCases;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several congresses: a user of congress A can neither read nor change congress B's data, on every
 * route of the service. The cases are listed per route ("METHOD path" as in the OpenAPI document),
 * and {@link #shouldHaveAnIsolationCaseForEveryRoute} fails when a route has none.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CongressIsolationTest {
  private static final String DEPT = "WJW";
  private static final String TOPICS = "/api/v1/supervision-topics";
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  /** B's objects, and A's callers (same department id, member id and deputy id as in B). */
  static final class Fixture {
    final TestCongress a = TestCongress.create();
    final TestCongress b = TestCongress.create();
    final UUID deputy = UUID.randomUUID();
    UUID plan;
    UUID topic;
    UUID question;
    UUID evaluation;
    String appointee;
    String review;
    String subject;
    UUID memberRecord;
    String topicEtag;
    String appointeeEtag;

    String department() {
      return a.department(DEPT);
    }

    String member() {
      return a.member("m1");
    }

    String deputyOfA() {
      return a.deputy(deputy);
    }
  }

  @Test
  void shouldHaveAnIsolationCaseForEveryRoute() {
    IsolationCases.assertOneCasePerDocumentedRoute(cases(new Fixture()));
  }

  @Test
  void shouldKeepEachCongressOutOfTheOthersData() {
    Fixture f = setUp();
    IsolationCases.assertEveryCaseHolds(cases(f));

    // and nothing of B changed
    f.b
        .staff()
        .get(TOPICS + "/" + f.topic)
        .then()
        .statusCode(200)
        .header("ETag", f.topicEtag)
        .body("status", equalTo("HEARING"));
    f.b
        .staff()
        .get(TOPICS + "/" + f.topic + "/evaluations/" + f.evaluation)
        .then()
        .body("status", equalTo("OPEN"));
    // A's member m1 did not rate B's evaluation or review: B's m1 still can, once
    f.b.rate(f.topic, f.evaluation, "m1", "SATISFIED").then().statusCode(201);
    f.b
        .as(f.b.member("m1"))
        .body(Map.of("grade", "SATISFIED"))
        .post("/api/v1/appointments/" + f.appointee + "/reviews/" + f.review + "/ratings")
        .then()
        .statusCode(201);
    f.b
        .staff()
        .get(TOPICS + "/" + f.topic + "/questions")
        .then()
        .body("items[0].answer", equalTo(null));
    f.b
        .staff()
        .get("/api/v1/appointments/" + f.appointee)
        .then()
        .header("ETag", f.appointeeEtag)
        .body("reviews[0].status", equalTo("OPEN"));
    f.b
        .staff()
        .get("/api/v1/supervision-plans/" + f.plan)
        .then()
        .body("title", equalTo("2026年度监督工作计划"));
  }

  private static Fixture setUp() {
    Fixture f = new Fixture();
    TestCongress b = f.b;
    f.plan = b.plan();
    f.topic = b.heardTopic(DEPT, members(2));
    f.question =
        UUID.fromString(
            b.as(b.member("m1"))
                .body(Map.of("question", "养老床位缺口如何解决？"))
                .post(TOPICS + "/" + f.topic + "/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    f.evaluation = b.openEvaluation(f.topic, Map.of("subject", "REPORT"));
    f.memberRecord =
        UUID.fromString(
            b.staff()
                .get("/api/v1/committee-members?limit=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id"));
    f.topicEtag = b.etag(f.topic);
    f.appointee =
        b.staff()
            .body(appointment())
            .post("/api/v1/appointments")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    f.review =
        b.staff()
            .body(review())
            .post("/api/v1/appointments/" + f.appointee + "/reviews")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    f.appointeeEtag =
        b.staff().get("/api/v1/appointments/" + f.appointee).then().extract().header("ETag");
    // an event consumed for B: a selected livelihood project becomes B's subject only
    String round = UUID.randomUUID().toString();
    TestEvents.publish(
        Topics.VOTING,
        round,
        TestEvents.envelope(
            EventTypes.typeOf(ProjectsSelected.class),
            round,
            b.id,
            EventJson.mapper()
                .valueToTree(
                    new ProjectsSelected(
                        round,
                        b.id,
                        2026,
                        List.of(
                            new ProjectsSelected.SelectedProject(
                                UUID.randomUUID().toString(), "c", "B 镇实事项目", DEPT, 20)),
                        null,
                        Instant.now()))));
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    !b.staff()
                        .get("/api/v1/supervision-subjects")
                        .then()
                        .extract()
                        .<List<?>>path("items")
                        .isEmpty()))
        .isTrue();
    f.subject = b.staff().get("/api/v1/supervision-subjects").then().extract().path("items[0].id");
    return f;
  }

  /** Every route, with what a caller of A gets when aiming at B's data. */
  private static Map<String, Runnable> cases(Fixture f) {
    Map<String, Runnable> c = new LinkedHashMap<>();
    String t = TOPICS + "/{id}";

    // ---- plans ----
    c.put(
        "GET /api/v1/supervision-plans",
        () -> {
          notListed(f.a.staff(), "/api/v1/supervision-plans", f.plan);
          otherCongressRefused(f.a.staff(), "/api/v1/supervision-plans", f.b.id);
        });
    c.put(
        "POST /api/v1/supervision-plans",
        () -> {
          // the same year as B's plan: a plan of A, no clash with B's
          String created =
              f.a
                  .staff()
                  .body(Map.of("year", 2026, "title", "A 的计划"))
                  .post("/api/v1/supervision-plans")
                  .then()
                  .statusCode(201)
                  .body("congressId", equalTo(f.a.id))
                  .extract()
                  .path("id");
          notListed(f.b.staff(), "/api/v1/supervision-plans", UUID.fromString(created));
        });
    c.put(
        "GET /api/v1/supervision-plans/{id}",
        () -> absent(f.a.staff().get("/api/v1/supervision-plans/" + f.plan)));
    c.put(
        "PUT /api/v1/supervision-plans/{id}",
        () ->
            absent(
                f.a
                    .staff()
                    .header("If-Match", "\"0\"")
                    .body(Map.of("year", 2026, "title", "改名"))
                    .put("/api/v1/supervision-plans/" + f.plan)));

    // ---- topics ----
    c.put(
        "GET " + TOPICS,
        () -> {
          notListed(f.a.staff(), TOPICS, f.topic);
          notListed(f.a.as(f.department()), TOPICS, f.topic);
          otherCongressRefused(f.a.staff(), TOPICS, f.b.id);
        });
    c.put(
        "POST " + TOPICS,
        () ->
            f.a
                .staff()
                .body(
                    Map.of(
                        "planId", f.plan.toString(),
                        "title", "越权议题",
                        "kind", "WORK_REPORT",
                        "committee", "委员会",
                        "departmentIds", List.of(DEPT)))
                .post(TOPICS)
                .then()
                .statusCode(422));
    c.put(
        "GET " + t,
        () -> {
          absent(f.a.staff().get(TOPICS + "/" + f.topic));
          absent(f.a.as(f.department()).get(TOPICS + "/" + f.topic));
          absent(f.a.as(f.member()).get(TOPICS + "/" + f.topic));
        });
    c.put(
        "PUT " + t,
        () ->
            absent(
                f.a
                    .staff()
                    .header("If-Match", f.topicEtag)
                    .body(
                        Map.of(
                            "planId", f.plan.toString(),
                            "title", "改",
                            "kind", "WORK_REPORT",
                            "committee", "委员会",
                            "departmentIds", List.of(DEPT)))
                    .put(TOPICS + "/" + f.topic)));
    c.put("POST " + t + "/research", () -> absent(staffPost(f, "research", null)));
    c.put("POST " + t + "/closure", () -> absent(staffPost(f, "closure", null)));
    c.put(
        "POST " + t + "/cancellation",
        () -> absent(staffPost(f, "cancellation", Map.of("reason", "误列入计划"))));

    // ---- committee members ----
    String members = "/api/v1/committee-members";
    c.put(
        "GET " + members,
        () -> {
          notListed(f.a.staff(), members, f.memberRecord);
          otherCongressRefused(f.a.staff(), members, f.b.id);
        });
    c.put(
        "POST " + members,
        () -> {
          f.a.registerMember("a-only", "甲委员", java.time.LocalDate.of(2021, 1, 1), null);
          f.b
              .staff()
              .get(members + "?all=true&limit=100")
              .then()
              .body("items.memberId", not(hasItem("a-only")));
        });
    c.put(
        "PUT " + members + "/{id}",
        () ->
            absent(
                f.a
                    .staff()
                    .header("If-Match", "\"0\"")
                    .body(
                        Map.of(
                            "memberId", "m1",
                            "name", "改名",
                            "term", 1,
                            "servesFrom", "2020-01-01"))
                    .put(members + "/" + f.memberRecord)));
    c.put(
        "POST " + t + "/visits",
        () ->
            absent(
                staffPost(
                    f,
                    "visits",
                    Map.of("kind", "RESEARCH", "visitedOn", "2026-04-01", "place", "某养老院"))));
    c.put(
        "GET " + t + "/visits", () -> absent(f.a.staff().get(TOPICS + "/" + f.topic + "/visits")));
    c.put(
        "POST " + t + "/hearing",
        () -> absent(staffPost(f, "hearing", Map.of("meetingDate", "2026-12-25"))));
    c.put(
        "GET " + t + "/hearing",
        () -> absent(f.a.staff().get(TOPICS + "/" + f.topic + "/hearing")));
    c.put(
        "GET " + t + "/hearings",
        () -> absent(f.a.staff().get(TOPICS + "/" + f.topic + "/hearings")));
    c.put(
        "POST " + t + "/hearing/report",
        () ->
            absent(
                f.a
                    .as(f.department())
                    .body(Map.of("text", "报告"))
                    .post(TOPICS + "/" + f.topic + "/hearing/report")));
    c.put(
        "POST " + t + "/attendance",
        () ->
            absent(
                staffPost(f, "attendance", Map.of("attendees", attendees(members(1), List.of())))));
    c.put(
        "POST " + t + "/questions",
        () ->
            absent(
                f.a
                    .as(f.member())
                    .body(Map.of("question", "越权提问"))
                    .post(TOPICS + "/" + f.topic + "/questions")));
    c.put(
        "GET " + t + "/questions",
        () -> absent(f.a.staff().get(TOPICS + "/" + f.topic + "/questions")));
    c.put(
        "POST " + t + "/questions/{questionId}/answer",
        () ->
            absent(
                f.a
                    .as(f.department())
                    .body(Map.of("answer", "越权答复"))
                    .post(TOPICS + "/" + f.topic + "/questions/" + f.question + "/answer")));
    c.put(
        "POST " + t + "/opinion",
        () -> absent(staffPost(f, "opinion", Map.of("text", "意见", "issuedOn", "2026-07-01"))));
    c.put(
        "GET " + t + "/opinion",
        () -> absent(f.a.staff().get(TOPICS + "/" + f.topic + "/opinion")));
    c.put(
        "POST " + t + "/opinion/acknowledgement",
        () ->
            absent(
                f.a.as(f.department()).post(TOPICS + "/" + f.topic + "/opinion/acknowledgement")));
    c.put(
        "POST " + t + "/rectification",
        () ->
            absent(
                f.a
                    .as(f.department())
                    .body(Map.of("text", "整改报告"))
                    .post(TOPICS + "/" + f.topic + "/rectification")));
    c.put(
        "GET " + t + "/rectification",
        () -> absent(f.a.staff().get(TOPICS + "/" + f.topic + "/rectification")));

    // ---- evaluations ----
    String e = TOPICS + "/{topicId}/evaluations";
    String evaluations = TOPICS + "/" + f.topic + "/evaluations";
    c.put(
        "POST " + e, () -> absent(f.a.staff().body(Map.of("subject", "REPORT")).post(evaluations)));
    c.put("GET " + e, () -> absent(f.a.staff().get(evaluations)));
    c.put(
        "GET " + e + "/{evaluationId}",
        () -> absent(f.a.staff().get(evaluations + "/" + f.evaluation)));
    c.put(
        "POST " + e + "/{evaluationId}/ratings",
        () ->
            absent(
                f.a
                    .as(f.member())
                    .body(Map.of("grade", "DISSATISFIED"))
                    .post(evaluations + "/" + f.evaluation + "/ratings")));
    c.put(
        "POST " + e + "/{evaluationId}/completion",
        () -> absent(f.a.staff().post(evaluations + "/" + f.evaluation + "/completion")));

    // ---- appointments ----
    String ap = "/api/v1/appointments";
    String reviews = ap + "/" + f.appointee + "/reviews/" + f.review;
    c.put(
        "GET " + ap,
        () -> {
          notListed(f.a.staff(), ap, f.appointee == null ? null : UUID.fromString(f.appointee));
          otherCongressRefused(f.a.staff(), ap, f.b.id);
        });
    c.put(
        "POST " + ap,
        () -> {
          String created =
              f.a.staff().body(appointment()).post(ap).then().statusCode(201).extract().path("id");
          notListed(f.b.staff(), ap, UUID.fromString(created));
        });
    c.put(
        "GET " + ap + "/{id}",
        () -> {
          absent(f.a.staff().get(ap + "/" + f.appointee));
          absent(f.a.as(f.department()).get(ap + "/" + f.appointee));
        });
    c.put(
        "PUT " + ap + "/{id}",
        () ->
            absent(
                f.a
                    .staff()
                    .header("If-Match", f.appointeeEtag)
                    .body(appointment())
                    .put(ap + "/" + f.appointee)));
    c.put(
        "POST " + ap + "/{id}/reviews",
        () -> absent(f.a.staff().body(review()).post(ap + "/" + f.appointee + "/reviews")));
    c.put(
        "POST " + ap + "/{id}/reviews/{reviewId}/report",
        () -> absent(f.a.as(f.department()).body(Map.of("text", "述职")).post(reviews + "/report")));
    c.put(
        "POST " + ap + "/{id}/reviews/{reviewId}/ratings",
        () ->
            absent(
                f.a.as(f.member()).body(Map.of("grade", "SATISFIED")).post(reviews + "/ratings")));
    c.put(
        "POST " + ap + "/{id}/reviews/{reviewId}/completion",
        () -> absent(f.a.staff().post(reviews + "/completion")));

    // ---- subjects (read from consumed events) ----
    String s = "/api/v1/supervision-subjects";
    c.put(
        "GET " + s,
        () -> {
          notListed(f.a.staff(), s, f.subject == null ? null : UUID.fromString(f.subject));
          otherCongressRefused(f.a.staff(), s, f.b.id);
        });
    c.put("GET " + s + "/{id}", () -> absent(f.a.staff().get(s + "/" + f.subject)));

    // ---- statistics ----
    c.put(
        "GET /api/v1/supervision-statistics",
        () -> {
          f.a
              .staff()
              .get("/api/v1/supervision-statistics")
              .then()
              .statusCode(200)
              .body("total.topics", equalTo(0));
          otherCongressRefused(f.a.staff(), "/api/v1/supervision-statistics", f.b.id);
          f.a
              .staff()
              .queryParam("rollUp", true)
              .get("/api/v1/supervision-statistics")
              .then()
              .statusCode(403);
        });

    // ---- public: scoped by the congress named in the query ----
    c.put(
        "GET /api/v1/public/supervision-topics",
        () ->
            given()
                .queryParam("congressId", f.a.id)
                .get("/api/v1/public/supervision-topics")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(String.valueOf(f.topic)))));
    c.put(
        "GET /api/v1/public/supervision-topics/{id}",
        () ->
            given()
                .queryParam("congressId", f.a.id)
                .get("/api/v1/public/supervision-topics/" + f.topic)
                .then()
                .statusCode(404));
    c.put(
        "GET /api/v1/public/supervision-codes",
        () -> given().get("/api/v1/public/supervision-codes").then().statusCode(200));
    return c;
  }

  private static Response staffPost(Fixture f, String path, Object body) {
    RequestSpecification spec = f.a.staff().header("If-Match", f.topicEtag);
    if (body != null) {
      spec = spec.body(body);
    }
    return spec.post(TOPICS + "/" + f.topic + "/" + path);
  }

  private static Map<String, Object> appointment() {
    return Map.of(
        "personName", "李某", "post", "区民政局局长", "departmentId", DEPT, "appointedOn", "2025-01-10");
  }

  private static Map<String, Object> review() {
    return Map.of(
        "meetingDate",
        "2026-06-25",
        "reportText",
        "述职报告",
        "attendees",
        attendees(members(1), List.of()));
  }
}
