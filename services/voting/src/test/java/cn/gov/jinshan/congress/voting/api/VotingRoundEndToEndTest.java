package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A whole round with 30 deputies: candidates, screening, check-in, 30 ballots cast concurrently,
 * close, result; the public board recounted by the client equals the official tally, every receipt
 * finds its ballot; then delivery and year-end rating.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VotingRoundEndToEndTest {
  private static final int DEPUTIES = 30;

  @Test
  void shouldRunARoundEndToEndWithThirtyDeputies() throws Exception {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(DEPUTIES);
    RoundFixture round = aRound(congress).selecting(3).withCandidates(5).openForVoting();
    round.get("").body("entitledCount", equalTo(DEPUTIES)).body("phase", equalTo("VOTING"));
    deputies.forEach(round::checkIn);

    // 30 ballots at once; deputy i's marks follow a pattern with a known outcome.
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> receipts = new ArrayList<>();
    List<String[]> cast = new ArrayList<>();
    for (int i = 0; i < DEPUTIES; i++) {
      String[] marks = marksOf(i);
      cast.add(marks);
      UUID deputy = deputies.get(i);
      Callable<String> vote =
          () -> {
            start.await();
            return round
                .cast(deputy, round.ballot(marks))
                .statusCode(201)
                .extract()
                .path("receiptCode");
          };
      receipts.add(pool.submit(vote));
    }
    start.countDown();
    List<String> codes = new ArrayList<>();
    for (Future<String> f : receipts) {
      codes.add(f.get());
    }
    pool.shutdown();
    assertThat(codes).doesNotHaveDuplicates();

    JsonPath result = round.close().statusCode(200).extract().jsonPath();
    assertThat(result.getString("status")).isEqualTo("FINAL");
    assertThat(result.getInt("ballotsCounted")).isEqualTo(DEPUTIES);
    assertThat(result.getInt("tally.votesNeeded")).isEqualTo(16);
    Map<String, int[]> expected = expectedCounts(round, cast);
    for (Map<String, Object> line : result.<Map<String, Object>>getList("tally.lines")) {
      int[] e = expected.get((String) line.get("candidateId"));
      assertThat(List.of(line.get("forVotes"), line.get("againstVotes"), line.get("abstainVotes")))
          .isEqualTo(List.of(e[0], e[1], e[2]));
    }
    assertThat(result.<String>getList("selectedCandidateIds"))
        .containsExactlyInAnyOrderElementsOf(
            round.candidates.subList(0, 3).stream().map(UUID::toString).toList());

    // Anyone downloads the board page by page, recounts it and checks its digest.
    List<Map<String, Object>> board = downloadBoard(round);
    assertThat(board).hasSize(DEPUTIES);
    Map<String, int[]> recount = new HashMap<>();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (Map<String, Object> entry : board) {
      @SuppressWarnings("unchecked")
      List<Map<String, String>> marks = (List<Map<String, String>>) entry.get("choices");
      for (Map<String, String> m : marks) {
        int[] c = recount.computeIfAbsent(m.get("candidateId"), k -> new int[3]);
        c[List.of("FOR", "AGAINST", "ABSTAIN").indexOf(m.get("choice"))]++;
      }
      digest.update(
          (entry.get("receiptHash")
                  + ":"
                  + marks.stream()
                      .map(m -> m.get("candidateId") + "=" + m.get("choice"))
                      .collect(Collectors.joining(","))
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    assertThat(recount.keySet()).isEqualTo(expected.keySet());
    expected.forEach((candidate, counts) -> assertThat(recount.get(candidate)).isEqualTo(counts));
    assertThat(HexFormat.of().formatHex(digest.digest()))
        .isEqualTo(result.getString("boardDigest"));
    given()
        .get(round.publicPath("/recount"))
        .then()
        .statusCode(200)
        .body("matchesPublishedResult", equalTo(true))
        .body("ballotsOnBoard", equalTo(DEPUTIES));

    // Every voter finds their own ballot with the receipt code.
    for (int i = 0; i < DEPUTIES; i++) {
      JsonPath found =
          given()
              .contentType("application/json")
              .body(Map.of("code", codes.get(i)))
              .post(round.publicPath("/receipt-lookups"))
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (int c = 0; c < round.candidates.size(); c++) {
        String candidate = round.candidates.get(c).toString();
        assertThat(found.getString("choices.find { it.candidateId == '" + candidate + "' }.choice"))
            .isEqualTo(cast.get(i)[c]);
      }
    }
    given()
        .contentType("application/json")
        .body(Map.of("code", "0000-0000-0000-0000-0000"))
        .post(round.publicPath("/receipt-lookups"))
        .then()
        .statusCode(404);

    deliverAndRate(congress, round, deputies);
  }

  private void deliverAndRate(TestCongress congress, RoundFixture round, List<UUID> deputies) {
    round.phase("IMPLEMENTING").statusCode(200);
    List<String> projects =
        congress
            .asStaff()
            .queryParam("roundId", round.id.toString())
            .get("/api/v1/livelihood-projects")
            .then()
            .statusCode(200)
            .body("items", hasSize(3))
            .extract()
            .path("items.id");
    String project = projects.get(0);
    String base = "/api/v1/livelihood-projects/" + project;
    congress
        .asDepartment("JS-MZJ")
        .body(Map.of("title", "完成选址", "dueOn", "2031-03-31"))
        .post(base + "/milestones")
        .then()
        .statusCode(201);
    congress
        .asDepartment("JS-MZJ")
        .body(
            Map.of(
                "percentage", 40, "narrative", "已完成选址和立项", "attachments", List.of("s3://x/1.pdf")))
        .post(base + "/progress-reports")
        .then()
        .statusCode(201)
        .body("percentage", equalTo(40));
    congress
        .asDepartment("JS-JYJ")
        .body(Map.of("percentage", 50, "narrative", "不是本单位的项目"))
        .post(base + "/progress-reports")
        .then()
        .statusCode(403);
    congress
        .asDeputy(deputies.get(0))
        .body(
            Map.of(
                "inspectedOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .minusDays(1)
                    .toString(),
                "comment",
                "进度符合预期，建议加快"))
        .post(base + "/inspections")
        .then()
        .statusCode(201);
    congress
        .asDeputy(deputies.get(0))
        .body(Map.of("rating", "SATISFIED"))
        .post(base + "/ratings")
        .then()
        .statusCode(409); // not yet EVALUATING
    round.phase("EVALUATING").statusCode(200);
    congress
        .asDeputy(deputies.get(0))
        .body(Map.of("rating", "SATISFIED"))
        .post(base + "/ratings")
        .then()
        .statusCode(201);
    congress
        .asDeputy(deputies.get(0))
        .body(Map.of("rating", "DISSATISFIED"))
        .post(base + "/ratings")
        .then()
        .statusCode(409);
    congress
        .asDeputy(deputies.get(1))
        .body(Map.of("rating", "BASICALLY_SATISFIED"))
        .post(base + "/ratings")
        .then()
        .statusCode(201);
    congress
        .asDeputy(deputies.get(2))
        .body(Map.of("rating", "DISSATISFIED"))
        .post(base + "/ratings")
        .then()
        .statusCode(201);
    given().get(round.publicPath("/projects")).then().statusCode(409);
    round.phase("FINISHED").statusCode(200);
    given()
        .get(round.publicPath("/projects"))
        .then()
        .statusCode(200)
        .body("find { it.project.id == '" + project + "' }.ratings.total", equalTo(3))
        .body("find { it.project.id == '" + project + "' }.ratings.counts.SATISFIED", equalTo(1))
        .body("find { it.project.id == '" + project + "' }.project.progressPercent", equalTo(40));
  }

  /** c0 26 FOR, c1 22, c2 20, c3 4, c4 4; never more than 3 FOR per ballot. */
  static String[] marksOf(int i) {
    String[] m = new String[5];
    m[0] = i < 26 ? "FOR" : "AGAINST";
    m[1] = i < 22 ? "FOR" : "AGAINST";
    m[2] = i >= 10 ? "FOR" : "AGAINST";
    m[3] = i >= 26 ? "FOR" : (i % 2 == 1 ? "ABSTAIN" : "AGAINST");
    m[4] = i >= 22 && i < 26 ? "FOR" : "ABSTAIN";
    return m;
  }

  private static Map<String, int[]> expectedCounts(RoundFixture round, List<String[]> cast) {
    Map<String, int[]> counts = new HashMap<>();
    for (String[] marks : cast) {
      for (int c = 0; c < marks.length; c++) {
        int[] n = counts.computeIfAbsent(round.candidates.get(c).toString(), k -> new int[3]);
        n[List.of("FOR", "AGAINST", "ABSTAIN").indexOf(marks[c])]++;
      }
    }
    return counts;
  }

  static List<Map<String, Object>> downloadBoard(RoundFixture round) {
    List<Map<String, Object>> board = new ArrayList<>();
    String token = null;
    do {
      var spec = given().queryParam("limit", 7);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      var page = spec.get(round.publicPath("/board")).then().statusCode(200).extract();
      board.addAll(page.<List<Map<String, Object>>>path("items"));
      token = page.path("nextPageToken");
    } while (token != null);
    return board;
  }
}
