package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.absent;
import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.notListed;
import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.otherCongressRefused;
import static cn.gov.jinshan.congress.testing.ForeignCongressAnswers.refused;
import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.testing.IsolationCases;
import cn.gov.jinshan.congress.testing.Tokens;
import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Several congresses: a user of congress A can neither read nor change congress B's data, on every
 * route of the service. The cases are listed per route ("METHOD path" as in the OpenAPI document),
 * and {@link #shouldHaveAnIsolationCaseForEveryRoute} fails when a route has none. A's callers
 * carry B's ids where they can (B's deputy id in an A deputy token, B's responsible department id).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CongressIsolationTest {
  private static final String DEPT = "JS-MZJ"; // the responsible department of the fixture
  private static final String R = "/api/v1/livelihood-rounds";
  private static final String P = "/api/v1/livelihood-projects";
  private static final String PUBLIC = "/api/v1/public/livelihood-rounds/{id}";

  /** B's objects (a round being voted on, a round being delivered) and A's own round. */
  static final class Fixture {
    final TestCongress a = TestCongress.create();
    final TestCongress b = TestCongress.create();
    UUID checkedIn;
    UUID voter;
    RoundFixture voting;
    RoundFixture delivered;
    RoundFixture ownRound;
    UUID project;
    UUID milestone;
    String votingEtag;
    String candidateEtag;
    String resultEtag;
    String milestoneEtag;

    /** A deputy token of A that carries B's deputy id. */
    RequestSpecification deputyOfA() {
      return a.asDeputy(voter);
    }

    RequestSpecification departmentOfA() {
      return a.asDepartment(DEPT);
    }

    List<RequestSpecification> readersOfA() {
      return List.of(
          a.asStaff(),
          a.as(Tokens.admin(a.id)),
          a.as(Tokens.withRoles(a.id, "auditor")),
          a.as(Tokens.withRoles(a.id, "committee_member")),
          deputyOfA(),
          departmentOfA());
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
        .asStaff()
        .get(f.voting.path(""))
        .then()
        .statusCode(200)
        .header("ETag", f.votingEtag)
        .body("phase", equalTo("VOTING"));
    f.b
        .asStaff()
        .get(f.voting.path("/check-ins"))
        .then()
        .body("items.deputyId", equalTo(List.of(f.checkedIn.toString())));
    f.b
        .asStaff()
        .get(f.voting.path("/candidates/" + f.voting.candidates.get(0)))
        .then()
        .header("ETag", f.candidateEtag)
        .body("status", equalTo("SHORTLISTED"));
    f.b.asStaff().get(f.voting.path("/candidates")).then().body("items.size()", equalTo(2));
    f.b
        .asStaff()
        .get(f.delivered.path("/result"))
        .then()
        .header("ETag", f.resultEtag)
        .body("status", equalTo("FINAL"));
    f.b
        .asStaff()
        .get(P + "/" + f.project + "/milestones")
        .then()
        .body("items.size()", equalTo(1))
        .body("items[0].doneOn", equalTo(null));
    f.b
        .asStaff()
        .get(P + "/" + f.project + "/progress-reports")
        .then()
        .body("items.size()", equalTo(1));
    f.b.asStaff().get(P + "/" + f.project + "/inspections").then().body("items.size()", equalTo(1));
    // the paper ballot A tried to enter did not land in B's box: B closes with no ballot at all
    f.voting
        .close()
        .statusCode(200)
        .body("ballotsCounted", equalTo(0))
        .body("tally.counts.checkedIn", equalTo(1));
  }

  private static Fixture setUp() {
    Fixture f = new Fixture();
    List<UUID> deputies = f.b.deputies(3);
    f.voter = deputies.get(0);
    f.checkedIn = deputies.get(2);
    f.delivered = aRound(f.b).selecting(1).withCandidates(2).delivering(deputies.subList(0, 2));
    f.project = f.delivered.project();
    f.milestone =
        UUID.fromString(
            f.b
                .asStaff()
                .body(Map.of("title", "完成选址", "dueOn", "2031-06-30"))
                .post(P + "/" + f.project + "/milestones")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    f.b
        .asDepartment(DEPT)
        .body(Map.of("percentage", 30, "narrative", "已完成选址"))
        .post(P + "/" + f.project + "/progress-reports")
        .then()
        .statusCode(201);
    f.b
        .asDeputy(f.voter)
        .body(
            Map.of(
                "inspectedOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .minusDays(1)
                    .toString(),
                "comment",
                "进展顺利"))
        .post(P + "/" + f.project + "/inspections")
        .then()
        .statusCode(201);
    f.milestoneEtag =
        f.b
            .asStaff()
            .get(P + "/" + f.project + "/milestones")
            .then()
            .extract()
            .path("items[0].version")
            .toString();
    f.resultEtag = f.b.asStaff().get(f.delivered.path("/result")).header("ETag");
    f.voting = aRound(f.b).selecting(1).withCandidates(2).openForVoting();
    f.voting.checkIn(f.checkedIn);
    f.votingEtag = f.voting.etag();
    f.candidateEtag =
        f.b
            .asStaff()
            .get(f.voting.path("/candidates/" + f.voting.candidates.get(0)))
            .header("ETag");

    f.a.deputies(1);
    f.ownRound = aRound(f.a).selecting(1).withCandidates(2).openForVoting();
    return f;
  }

  /** Every route, with what a caller of A gets when aiming at B's data. */
  private static Map<String, Runnable> cases(Fixture f) {
    Map<String, Runnable> c = new LinkedHashMap<>();
    String round = R + "/{id}";

    // ---- rounds ----
    c.put(
        "GET " + R,
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            notListed(reader, R, f.voting.id, f.delivered.id);
          }
          otherCongressRefused(f.a.asStaff(), R, f.b.id);
        });
    c.put(
        "POST " + R,
        () -> {
          // the same year as one of B's rounds: a round of A, no clash with B's
          Map<String, Object> body = aRound(f.a).body();
          int year = f.b.asStaff().get(f.delivered.path("")).then().extract().path("year");
          int ownYear = f.a.asStaff().get(f.ownRound.path("")).then().extract().path("year");
          if (year == ownYear) {
            year = f.b.asStaff().get(f.voting.path("")).then().extract().path("year");
          }
          body.put("year", year);
          String created =
              f.a
                  .asStaff()
                  .body(body)
                  .post(R)
                  .then()
                  .statusCode(201)
                  .body("congressId", equalTo(f.a.id))
                  .extract()
                  .path("id");
          notListed(f.b.asStaff(), R, UUID.fromString(created));
        });
    c.put(
        "GET " + round,
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            absent(reader.get(f.voting.path("")));
            absent(reader.get(f.delivered.path("")));
          }
        });
    c.put(
        "POST " + round + "/phase",
        () ->
            absent(
                f.a
                    .asStaff()
                    .header("If-Match", f.votingEtag)
                    .body(Map.of("phase", "IMPLEMENTING"))
                    .post(f.voting.path("/phase"))));
    c.put(
        "POST " + round + "/cancellation",
        () ->
            absent(
                f.a
                    .asStaff()
                    .header("If-Match", f.votingEtag)
                    .body(Map.of("reason", "越权撤销"))
                    .post(f.voting.path("/cancellation"))));
    c.put(
        "GET " + round + "/check-ins",
        () -> absent(f.a.asStaff().get(f.voting.path("/check-ins"))));
    c.put(
        "POST " + round + "/check-ins",
        () -> {
          absent(
              f.a
                  .asStaff()
                  .body(Map.of("deputyId", f.voter.toString()))
                  .post(f.voting.path("/check-ins")));
          absent(f.deputyOfA().body(Map.of()).post(f.voting.path("/check-ins")));
          // events consumed: B's deputy is no voter of A
          refused(
              f.a
                  .asStaff()
                  .body(Map.of("deputyId", f.voter.toString()))
                  .post(f.ownRound.path("/check-ins")));
        });
    c.put(
        "POST " + round + "/ballots",
        () -> {
          absent(
              f.a.asDeputy(f.checkedIn).body(f.voting.ballot(1)).post(f.voting.path("/ballots")));
          absent(f.a.asStaff().body(f.voting.ballot(1)).post(f.voting.path("/ballots")));
          refused(
              f.a
                  .asDeputy(f.checkedIn)
                  .body(f.ownRound.ballot(1))
                  .post(f.ownRound.path("/ballots")));
        });
    c.put(
        "POST " + round + "/paper-ballot-issues",
        () -> {
          absent(
              f.a
                  .asStaff()
                  .body(Map.of("deputyId", f.checkedIn.toString()))
                  .post(f.voting.path("/paper-ballot-issues")));
          refused(
              f.a
                  .asStaff()
                  .body(Map.of("deputyId", f.checkedIn.toString()))
                  .post(f.ownRound.path("/paper-ballot-issues")));
        });
    c.put(
        "POST " + round + "/close",
        () -> absent(f.a.asStaff().header("If-Match", f.votingEtag).post(f.voting.path("/close"))));
    c.put(
        "GET " + round + "/result",
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            absent(reader.get(f.delivered.path("/result")));
          }
        });
    c.put(
        "POST " + round + "/result/tie-resolution",
        () ->
            absent(
                f.a
                    .asStaff()
                    .header("If-Match", f.resultEtag)
                    .body(
                        Map.of(
                            "candidateIds",
                            List.of(f.delivered.candidates.get(1).toString()),
                            "decision",
                            "越权决定"))
                    .post(f.delivered.path("/result/tie-resolution"))));

    // ---- candidates ----
    String candidates = R + "/{roundId}/candidates";
    c.put(
        "GET " + candidates,
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            absent(reader.get(f.voting.path("/candidates")));
          }
        });
    c.put(
        "POST " + candidates,
        () -> {
          Map<String, Object> proposal = Map.of("title", "越权项目", "description", "越权");
          absent(f.a.asStaff().body(proposal).post(f.voting.path("/candidates")));
          absent(f.departmentOfA().body(proposal).post(f.voting.path("/candidates")));
          absent(f.deputyOfA().body(proposal).post(f.voting.path("/candidates")));
        });
    c.put(
        "GET " + candidates + "/{id}",
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            absent(reader.get(f.voting.path("/candidates/" + f.voting.candidates.get(0))));
          }
        });
    c.put(
        "POST " + candidates + "/{id}/screening",
        () ->
            absent(
                f.a
                    .asStaff()
                    .header("If-Match", f.candidateEtag)
                    .body(Map.of("outcome", "REJECTED", "rejectionReason", "越权"))
                    .post(
                        f.voting.path(
                            "/candidates/" + f.voting.candidates.get(0) + "/screening"))));

    // ---- entitled voters (from consumed events) and statistics ----
    c.put(
        "GET /api/v1/entitled-voters",
        () -> {
          f.a
              .asStaff()
              .queryParam("limit", 100)
              .get("/api/v1/entitled-voters")
              .then()
              .statusCode(200)
              .body("items.id", not(hasItem(f.voter.toString())))
              .body("items.id", not(hasItem(f.checkedIn.toString())));
          otherCongressRefused(f.a.asStaff(), "/api/v1/entitled-voters", f.b.id);
        });
    c.put(
        "GET /api/v1/voting-statistics",
        () -> {
          f.a
              .asStaff()
              .get("/api/v1/voting-statistics")
              .then()
              .statusCode(200)
              .body("congressIds", equalTo(List.of(f.a.id)))
              .body("total.ballots.closedRounds", equalTo(0))
              .body("total.projectsSelected", equalTo(0));
          otherCongressRefused(f.a.asStaff(), "/api/v1/voting-statistics", f.b.id);
          f.a
              .asStaff()
              .queryParam("rollUp", true)
              .get("/api/v1/voting-statistics")
              .then()
              .statusCode(403);
        });

    // ---- projects ----
    String project = P + "/{id}";
    String p = P + "/" + f.project;
    c.put(
        "GET " + P,
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            notListed(reader, P, f.project);
          }
          otherCongressRefused(f.a.asStaff(), P, f.b.id);
        });
    c.put(
        "GET " + project,
        () -> {
          for (RequestSpecification reader : f.readersOfA()) {
            absent(reader.get(p));
          }
        });
    c.put("GET " + project + "/milestones", () -> absent(f.a.asStaff().get(p + "/milestones")));
    c.put(
        "POST " + project + "/milestones",
        () -> {
          Map<String, Object> milestone = Map.of("title", "越权", "dueOn", "2031-09-30");
          absent(f.a.asStaff().body(milestone).post(p + "/milestones"));
          absent(f.departmentOfA().body(milestone).post(p + "/milestones"));
        });
    c.put(
        "POST " + project + "/milestones/{milestoneId}/completion",
        () ->
            absent(
                f.a
                    .asStaff()
                    .header("If-Match", "\"" + f.milestoneEtag + "\"")
                    .body(Map.of("doneOn", "2031-06-01"))
                    .post(p + "/milestones/" + f.milestone + "/completion")));
    c.put(
        "GET " + project + "/progress-reports",
        () -> absent(f.a.asStaff().get(p + "/progress-reports")));
    c.put(
        "POST " + project + "/progress-reports",
        () ->
            absent(
                f.departmentOfA()
                    .body(Map.of("percentage", 90, "narrative", "越权"))
                    .post(p + "/progress-reports")));
    c.put("GET " + project + "/inspections", () -> absent(f.a.asStaff().get(p + "/inspections")));
    c.put(
        "POST " + project + "/inspections",
        () ->
            absent(
                f.deputyOfA()
                    .body(Map.of("inspectedOn", "2031-05-02", "comment", "越权"))
                    .post(p + "/inspections")));
    c.put("GET " + project + "/ratings", () -> absent(f.a.asStaff().get(p + "/ratings")));
    c.put(
        "POST " + project + "/ratings",
        () -> absent(f.deputyOfA().body(Map.of("rating", "DISSATISFIED")).post(p + "/ratings")));

    // ---- public: published documents of any congress; nothing before publication ----
    c.put(
        "GET /api/v1/public/livelihood-rounds",
        () -> {
          // each congress's list holds its own rounds only (B's are public in B's list)
          UUID[] rounds = {f.voting.id, f.delivered.id};
          String ownList = "/api/v1/public/livelihood-rounds?congressId=" + f.a.id;
          notListed(given(), ownList, rounds);
          notListed(f.a.asStaff(), ownList, rounds);
          notListed(given(), "/api/v1/public/livelihood-rounds", rounds);
          given()
              .get(ownList)
              .then()
              .statusCode(200)
              .body("items.id", hasItem(f.ownRound.id.toString()));
        });
    c.put("GET " + PUBLIC + "/result", () -> unpublished(f, "/result", null));
    c.put("GET " + PUBLIC + "/board", () -> unpublished(f, "/board", null));
    c.put("GET " + PUBLIC + "/recount", () -> unpublished(f, "/recount", null));
    c.put(
        "POST " + PUBLIC + "/receipt-lookups",
        () -> unpublished(f, "/receipt-lookups", Map.of("code", "ABCD-EFGH-JKMN-PQRS-TVWX")));
    c.put("GET " + PUBLIC + "/projects", () -> unpublished(f, "/projects", null));
    return c;
  }

  /** B's round being voted on gives nothing away publicly, anonymous or with an A token. */
  private static void unpublished(Fixture f, String suffix, Object body) {
    for (RequestSpecification caller :
        List.of(given().contentType("application/json"), f.a.asStaff())) {
      Response response =
          body == null
              ? caller.get(f.voting.publicPath(suffix))
              : caller.body(body).post(f.voting.publicPath(suffix));
      response.then().statusCode(409).contentType("application/problem+json");
    }
  }
}
