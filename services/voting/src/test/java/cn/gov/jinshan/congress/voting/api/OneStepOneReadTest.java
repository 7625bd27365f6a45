package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A whole round driven only by the answers of the steps before: every state-changing answer carries
 * the ETag its next step needs (and the aggregate, or a link to it), so no step needs a read first.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OneStepOneReadTest {
  private static final String DEPT = "JS-MZJ";

  @Test
  void shouldCarryTheNextStepsEtagInEveryAnswer() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).selecting(1);

    var created =
        congress
            .asStaff()
            .body(round.body())
            .post("/api/v1/livelihood-rounds")
            .then()
            .statusCode(201)
            .extract();
    round.id = UUID.fromString(created.path("id"));
    String roundEtag = created.header("ETag");
    String[] candidateEtags = new String[2];
    for (int i = 0; i < 2; i++) {
      var proposed =
          congress
              .asStaff()
              .body(Map.of("title", "候选项目" + i, "description", "为老年人提供助餐服务"))
              .post(round.path("/candidates"))
              .then()
              .statusCode(201)
              .extract();
      round.candidates.add(UUID.fromString(proposed.path("id")));
      candidateEtags[i] = proposed.header("ETag");
    }

    roundEtag = phase(round, roundEtag, "SCREENING");
    // screening straight from the proposal's answer, then revised from the screening's answer
    String rejected =
        congress
            .asStaff()
            .header("If-Match", candidateEtags[0])
            .body(Map.of("outcome", "REJECTED", "rejectionReason", "需进一步论证"))
            .post(round.path("/candidates/" + round.candidates.get(0) + "/screening"))
            .then()
            .statusCode(200)
            .body("status", equalTo("REJECTED"))
            .extract()
            .header("ETag");
    for (String[] screening :
        List.of(
            new String[] {round.candidates.get(0).toString(), rejected},
            new String[] {round.candidates.get(1).toString(), candidateEtags[1]})) {
      congress
          .asStaff()
          .header("If-Match", screening[1])
          .body(
              Map.of(
                  "outcome",
                  "SHORTLISTED",
                  "feasibility",
                  "可行",
                  "estimatedCost",
                  1200000,
                  "responsibleDepartmentId",
                  DEPT))
          .post(round.path("/candidates/" + screening[0] + "/screening"))
          .then()
          .statusCode(200)
          .body("status", equalTo("SHORTLISTED"));
    }

    roundEtag = phase(round, roundEtag, "VOTING");
    var checkedIn =
        congress
            .asStaff()
            .body(Map.of("deputyId", deputy.toString()))
            .post(round.path("/check-ins"))
            .then()
            .statusCode(201)
            .extract();
    assertThat(checkedIn.header("ETag")).isEqualTo(roundEtag);
    assertThat(checkedIn.header("Link")).contains(round.path(""));
    round.cast(deputy, round.ballot(1)).statusCode(201);

    // closing changes the round: its answer (the result) carries the round's new version
    var closed =
        congress
            .asStaff()
            .header("If-Match", roundEtag)
            .post(round.path("/close"))
            .then()
            .statusCode(200)
            .body("status", equalTo("FINAL"))
            .extract();
    assertThat(closed.header("Link")).contains(round.path(""));
    Object roundVersion = closed.path("roundVersion");
    assertThat(roundVersion).as("roundVersion in the result").isNotNull();
    roundEtag = "\"" + roundVersion + "\"";
    roundEtag = phase(round, roundEtag, "IMPLEMENTING");

    String project = round.project().toString();
    String base = "/api/v1/livelihood-projects/" + project;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String milestoneEtag =
        congress
            .asDepartment(DEPT)
            .body(Map.of("title", "完成选址", "dueOn", today.plusMonths(3).toString()))
            .post(base + "/milestones")
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    String milestone =
        congress
            .asDepartment(DEPT)
            .get(base + "/milestones")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    congress
        .asDepartment(DEPT)
        .header("If-Match", milestoneEtag)
        .body(Map.of("doneOn", today.toString()))
        .post(base + "/milestones/" + milestone + "/completion")
        .then()
        .statusCode(200)
        .body("doneOn", equalTo(today.toString()));

    // records made under the project: the project's ETag and a link to it
    ExtractableResponse<Response> reported =
        congress
            .asDepartment(DEPT)
            .body(Map.of("percentage", 40, "narrative", "已完成选址和立项"))
            .post(base + "/progress-reports")
            .then()
            .statusCode(201)
            .body("percentage", equalTo(40))
            .extract();
    assertThat(reported.header("ETag")).isEqualTo(projectEtag(congress, base));
    assertThat(reported.header("Link")).contains(base);
    ExtractableResponse<Response> inspected =
        congress
            .asDeputy(deputy)
            .body(Map.of("inspectedOn", today.toString(), "comment", "进度符合预期"))
            .post(base + "/inspections")
            .then()
            .statusCode(201)
            .extract();
    assertThat(inspected.header("ETag")).isEqualTo(projectEtag(congress, base));
    assertThat(inspected.header("Link")).contains(base);

    roundEtag = phase(round, roundEtag, "EVALUATING");
    ExtractableResponse<Response> rated =
        congress
            .asDeputy(deputy)
            .body(Map.of("rating", "SATISFIED"))
            .post(base + "/ratings")
            .then()
            .statusCode(201)
            .body("projectId", equalTo(project))
            .body("rating", equalTo("SATISFIED"))
            .body("ratingLabel", containsString("满意"))
            .extract();
    assertThat(rated.header("ETag")).isEqualTo(projectEtag(congress, base));
    assertThat(rated.header("Link")).contains(base);

    phase(round, roundEtag, "FINISHED");
  }

  /** One phase step with the ETag of the answer before; returns this answer's ETag. */
  private static String phase(RoundFixture round, String etag, String phase) {
    String next =
        round
            .congress
            .asStaff()
            .header("If-Match", etag)
            .body(Map.of("phase", phase))
            .post(round.path("/phase"))
            .then()
            .statusCode(200)
            .body("phase", equalTo(phase))
            .extract()
            .header("ETag");
    assertThat(next).isNotEqualTo(etag);
    return next;
  }

  private static String projectEtag(TestCongress congress, String base) {
    return congress.asStaff().get(base).then().statusCode(200).extract().header("ETag");
  }
}
