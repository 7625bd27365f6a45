package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Problem details in the client's language: a Chinese detail names states, actions and things in
 * Chinese (never a code such as VOTING or an English noun such as "round"); only values the client
 * sent or ids are quoted as they are.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProblemLanguageTest {
  private static final String UNKNOWN_CODE = "ABCD-EFGH-JKMN-PQRS-TV12";

  @Test
  void shouldNameTheUnknownReceiptCodeInTheClientsLanguage() {
    RoundFixture round = closedRound(TestCongress.create());

    given()
        .contentType("application/json")
        .body(Map.of("code", UNKNOWN_CODE))
        .post(round.publicPath("/receipt-lookups"))
        .then()
        .statusCode(404)
        .body("detail", containsString(UNKNOWN_CODE))
        .body("detail", containsString("receipt code"));
    given()
        .contentType("application/json")
        .header("Accept-Language", "zh-CN")
        .body(Map.of("code", UNKNOWN_CODE))
        .post(round.publicPath("/receipt-lookups"))
        .then()
        .statusCode(404)
        .body("title", equalTo("未找到"))
        .body("detail", containsString(UNKNOWN_CODE))
        .body("detail", containsString("回执码"));
  }

  @Test
  void shouldSayStatesActionsAndThingsInChineseUnderZhCn() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    List<String> details = new ArrayList<>();
    Function<RequestSpecification, RequestSpecification> zh =
        r -> r.header("Accept-Language", "zh-CN");

    // things that do not exist
    details.add(
        detail(
            zh.apply(congress.asStaff()).get("/api/v1/livelihood-rounds/" + UUID.randomUUID()),
            404));
    details.add(
        detail(
            zh.apply(congress.asStaff()).get("/api/v1/livelihood-projects/" + UUID.randomUUID()),
            404));

    // phases: a step that skips one, an action outside its phase, a result not yet published
    RoundFixture collecting = aRound(congress).withCandidates(1).collecting();
    details.add(
        detail(
            zh.apply(congress.asStaff())
                .header("If-Match", collecting.etag())
                .body(Map.of("phase", "VOTING"))
                .post(collecting.path("/phase")),
            409));
    details.add(
        detail(
            zh.apply(congress.asStaff()).get(collecting.path("/candidates/" + UUID.randomUUID())),
            404));
    details.add(detail(zh.apply(congress.asStaff()).get(collecting.path("/result")), 409));
    Map<String, Object> sameYear = collecting.body();
    sameYear.put("year", collecting.get("").extract().path("year"));
    details.add(
        detail(zh.apply(congress.asStaff()).body(sameYear).post("/api/v1/livelihood-rounds"), 409));

    RoundFixture screening = aRound(congress).withCandidates(1).collecting();
    screening.phase("SCREENING").statusCode(200);
    details.add(
        detail(
            zh.apply(congress.asStaff())
                .body(Map.of("title", "迟到的项目", "description", "征集已结束"))
                .post(screening.path("/candidates")),
            409));

    // the ballot: self check-in outside the window, a mark for a candidate not on the ballot,
    // a tie resolution of a final result, cancelling after the ballot opened
    RoundFixture voting =
        aRound(congress)
            .selecting(1)
            .withCandidates(2)
            .checkInWindow(
                Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(2)))
            .openForVoting();
    details.add(
        detail(
            zh.apply(congress.asDeputy(deputy)).body(Map.of()).post(voting.path("/check-ins")),
            409));
    voting.checkIn(deputy);
    Map<String, Object> stray =
        Map.of(
            "choices",
            List.of(
                Map.of("candidateId", UUID.randomUUID().toString(), "choice", "FOR"),
                Map.of("candidateId", voting.candidates.get(1).toString(), "choice", "AGAINST")));
    details.add(
        detail(zh.apply(congress.asDeputy(deputy)).body(stray).post(voting.path("/ballots")), 422));
    details.add(
        detail(
            zh.apply(congress.asStaff())
                .header("If-Match", voting.etag())
                .body(Map.of("reason", "误建"))
                .post(voting.path("/cancellation")),
            409));
    voting.cast(deputy, voting.ballot(1)).statusCode(201);
    String resultEtag = voting.close().statusCode(200).extract().header("ETag");
    details.add(
        detail(
            zh.apply(congress.asStaff())
                .header("If-Match", resultEtag)
                .body(
                    Map.of(
                        "candidateIds",
                        List.of(voting.candidates.get(0).toString()),
                        "decision",
                        "主任会议决定"))
                .post(voting.path("/result/tie-resolution")),
            409));
    details.add(
        detail(
            zh.apply(congress.asDeputy(deputy))
                .body(voting.ballot(1))
                .post(voting.path("/ballots")),
            409));

    assertThat(details).hasSize(12);
    assertThat(details)
        .allSatisfy(
            detail -> {
              assertThat(detail).as("Chinese").containsPattern("[\\u4e00-\\u9fff]");
              String named =
                  detail
                      .replaceAll(
                          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "")
                      .replace(UNKNOWN_CODE, "");
              assertThat(named)
                  .as("no code and no English word in: %s", detail)
                  .doesNotContainPattern("[A-Za-z]{2,}");
            });
  }

  /** A round of one deputy whose ballot is closed (FINAL, the first candidate selected). */
  private static RoundFixture closedRound(TestCongress congress) {
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    round.checkIn(deputy);
    round.cast(deputy, round.ballot(1)).statusCode(201);
    round.close().statusCode(200).body("status", equalTo("FINAL"));
    return round;
  }

  private static String detail(Response response, int... acceptable) {
    assertThat(acceptable).as("status of %s", response.asString()).contains(response.statusCode());
    assertThat(response.contentType()).startsWith("application/problem+json");
    return response.jsonPath().getString("detail");
  }
}
