package cn.gov.jinshan.congress.voting.support;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives a round through the API: {@code aRound(congress).selecting(3).withCandidates(5)
 * .openForVoting()}.
 */
public final class RoundFixture {
  public final TestCongress congress;
  public UUID id;
  public final List<UUID> candidates = new ArrayList<>();
  private int projectsToSelect = 3;
  private int candidateCount = 5;
  private Instant checkInOpens = Instant.now().minus(Duration.ofHours(1));
  private Instant checkInCloses = Instant.now().plus(Duration.ofHours(2));

  private RoundFixture(TestCongress congress) {
    this.congress = congress;
  }

  public static RoundFixture aRound(TestCongress congress) {
    return new RoundFixture(congress);
  }

  public RoundFixture selecting(int n) {
    this.projectsToSelect = n;
    return this;
  }

  public RoundFixture withCandidates(int count) {
    this.candidateCount = count;
    return this;
  }

  public RoundFixture checkInWindow(Instant opens, Instant closes) {
    this.checkInOpens = opens;
    this.checkInCloses = closes;
    return this;
  }

  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    int year = 2030 + ThreadLocalRandom.current().nextInt(60);
    body.put("year", year);
    body.put("title", year + "年度民心工程实事项目");
    body.put("projectsToSelect", projectsToSelect);
    body.put("collectingEndsOn", LocalDate.of(year - 1, 10, 31).toString());
    body.put("screeningEndsOn", LocalDate.of(year - 1, 12, 15).toString());
    body.put("votingOn", LocalDate.of(year, 1, 16).toString());
    body.put("checkInOpensAt", checkInOpens.toString());
    body.put("checkInClosesAt", checkInCloses.toString());
    body.put("implementingEndsOn", LocalDate.of(year, 11, 30).toString());
    body.put("evaluatingEndsOn", LocalDate.of(year, 12, 31).toString());
    return body;
  }

  /** Creates the round (COLLECTING) and proposes the candidates. */
  public RoundFixture collecting() {
    // a random year; another one when the congress already has a round that year
    var created = congress.asStaff().body(body()).post("/api/v1/livelihood-rounds");
    for (int retry = 0; created.statusCode() == 409 && retry < 20; retry++) {
      created = congress.asStaff().body(body()).post("/api/v1/livelihood-rounds");
    }
    id = UUID.fromString(created.then().statusCode(201).extract().path("id"));
    for (int i = 0; i < candidateCount; i++) {
      candidates.add(
          UUID.fromString(
              congress
                  .asStaff()
                  .body(Map.of("title", "候选项目" + i + "：新建社区食堂", "description", "为老年人提供助餐服务"))
                  .post(path("/candidates"))
                  .then()
                  .statusCode(201)
                  .extract()
                  .path("id")));
    }
    return this;
  }

  /** ... and screens: every candidate shortlisted. */
  public RoundFixture screened() {
    collecting();
    phase("SCREENING").statusCode(200);
    for (UUID candidate : candidates) {
      shortlist(candidate).statusCode(200);
    }
    return this;
  }

  /** ... and opens the ballot. */
  public RoundFixture openForVoting() {
    screened();
    phase("VOTING").statusCode(200);
    return this;
  }

  public ValidatableResponse shortlist(UUID candidate) {
    String etag = congress.asStaff().get(path("/candidates/" + candidate)).header("ETag");
    return congress
        .asStaff()
        .header("If-Match", etag)
        .body(
            Map.of(
                "outcome", "SHORTLISTED",
                "feasibility", "可行",
                "estimatedCost", 1200000,
                "responsibleDepartmentId", "JS-MZJ"))
        .post(path("/candidates/" + candidate + "/screening"))
        .then();
  }

  /**
   * ... and votes: each voter checks in and votes FOR the first candidate only, the ballot is
   * closed (FINAL, the first candidate selected when the voters are a majority of the entitled) and
   * the round moves to IMPLEMENTING.
   */
  public RoundFixture delivering(List<UUID> voters) {
    openForVoting();
    for (UUID voter : voters) {
      checkIn(voter);
      cast(voter, ballot(1)).statusCode(201);
    }
    close().statusCode(200).body("status", equalTo("FINAL"));
    phase("IMPLEMENTING").statusCode(200);
    return this;
  }

  /** The id of the round's first selected project. */
  public UUID project() {
    return UUID.fromString(
        congress
            .asStaff()
            .queryParam("roundId", id.toString())
            .get("/api/v1/livelihood-projects")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id"));
  }

  public ValidatableResponse phase(String phase) {
    return congress
        .asStaff()
        .header("If-Match", etag())
        .body(Map.of("phase", phase))
        .post(path("/phase"))
        .then();
  }

  public String etag() {
    return congress.asStaff().get(path("")).then().statusCode(200).extract().header("ETag");
  }

  public void checkIn(UUID deputy) {
    congress
        .asStaff()
        .body(Map.of("deputyId", deputy.toString()))
        .post(path("/check-ins"))
        .then()
        .statusCode(201);
  }

  /** A ballot body: FOR the first {@code forCount} candidates, AGAINST the rest. */
  public Map<String, Object> ballot(int forCount) {
    List<Map<String, String>> marks = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      marks.add(
          Map.of(
              "candidateId",
              candidates.get(i).toString(),
              "choice",
              i < forCount ? "FOR" : "AGAINST"));
    }
    return Map.of("choices", marks);
  }

  /** A ballot body with the given choice per candidate, in candidate order. */
  public Map<String, Object> ballot(String... choices) {
    List<Map<String, String>> marks = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      marks.add(Map.of("candidateId", candidates.get(i).toString(), "choice", choices[i]));
    }
    return Map.of("choices", marks);
  }

  public ValidatableResponse cast(UUID deputy, Map<String, Object> ballot) {
    return congress.asDeputy(deputy).body(ballot).post(path("/ballots")).then();
  }

  public ValidatableResponse close() {
    return congress.asStaff().header("If-Match", etag()).post(path("/close")).then();
  }

  public ValidatableResponse get(String suffix) {
    return congress.asStaff().get(path(suffix)).then().statusCode(200);
  }

  public String path(String suffix) {
    return "/api/v1/livelihood-rounds/" + id + suffix;
  }

  public String publicPath(String suffix) {
    return "/api/v1/public/livelihood-rounds/" + id + suffix;
  }
}
