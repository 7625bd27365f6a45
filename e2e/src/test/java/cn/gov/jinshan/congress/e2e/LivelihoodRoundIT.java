package cn.gov.jinshan.congress.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.testing.Poll;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 (民心工程实事项目人大代表票决): a livelihood round with the 30 dev deputies, through the gateway
 * with real Keycloak tokens: round, candidates from a department, a deputy and the public,
 * screening (one rejected), shortlist, open, self check-in, 30 ballots cast concurrently, close,
 * result; the public board recounted by the client equals the result, every receipt finds its
 * ballot; the selected projects become supervision subjects and every voter's performance record
 * gains a VOTE_CAST.
 */
class LivelihoodRoundIT {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");
  private static final int N = 3;
  private static final Duration EVENTS = Duration.ofSeconds(60);

  @Test
  void shouldRunARoundWithThirtyDeputiesFromCheckInToSupervisedProjects() throws Exception {
    DevDeputies.ensureReady();
    String run = Long.toString(System.currentTimeMillis(), 36);
    int thisYear = LocalDate.now(CHINA).getYear();
    Map<Integer, Long> votesBefore = voteCounts(thisYear);

    int year = freeYear();
    String round = createRound(year, run);

    // Candidates: a department's, a deputy's, the public's (entered by staff); one is rejected.
    List<String> candidates = new ArrayList<>();
    candidates.add(propose(round, "dept-edu", "新建金山区第二实验幼儿园 " + run));
    candidates.add(propose(round, Users.deputy(1), "朱泾镇老旧小区加装电梯 " + run));
    candidates.add(propose(round, "staff1", "金山卫镇社区食堂建设 " + run));
    candidates.add(propose(round, "dept-health", "社区卫生服务中心延时门诊 " + run));
    candidates.add(propose(round, "dept-edu", "中小学课后服务全覆盖 " + run));
    String rejected = propose(round, "staff1", "修建跨海大桥（超出区级事权） " + run);

    phase(round, "SCREENING");
    String[] departments = {"EDU", "HOUSING", "HOUSING", "HEALTH", "EDU"};
    for (int c = 0; c < candidates.size(); c++) {
      Map<String, Object> shortlist = new LinkedHashMap<>();
      shortlist.put("outcome", "SHORTLISTED");
      shortlist.put("feasibility", "资金已列入年度预算，用地落实");
      shortlist.put("estimatedCost", 1_000_000 + c * 250_000);
      shortlist.put("responsibleDepartmentId", departments[c]);
      screen(round, candidates.get(c), shortlist).body("status", equalTo("SHORTLISTED"));
    }
    screen(round, rejected, Map.of("outcome", "REJECTED", "rejectionReason", "不属于区级事权，建议转市级部门研究"))
        .body("status", equalTo("REJECTED"));

    phase(round, "VOTING")
        .body("phase", equalTo("VOTING"))
        .body("entitledCount", equalTo(DevDeputies.entitledVoters().size()));

    // Each deputy checks in themselves (the window is open) and casts one ballot, all at once.
    for (int n = 1; n <= DevDeputies.COUNT; n++) {
      checkIn(round, Users.deputy(n));
    }
    List<String[]> cast = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> receipts = new ArrayList<>();
    for (int i = 0; i < DevDeputies.COUNT; i++) {
      String[] marks = marksOf(i);
      cast.add(marks);
      String deputy = Users.deputy(i + 1);
      Map<String, Object> ballot = ballot(candidates, marks);
      Users.token(deputy);
      Callable<String> vote =
          () -> {
            start.await();
            return Gateway.as(deputy)
                .body(ballot)
                .post("/api/v1/livelihood-rounds/{id}/ballots", round)
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
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
    assertThat(codes).hasSize(DevDeputies.COUNT).doesNotHaveDuplicates();
    // A second ballot of the same deputy is refused and not counted.
    Gateway.as(Users.deputy(1))
        .body(ballot(candidates, marksOf(0)))
        .post("/api/v1/livelihood-rounds/{id}/ballots", round)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    String etag = roundEtag(round);
    JsonPath result =
        Gateway.as("staff1")
            .header("If-Match", etag)
            .post("/api/v1/livelihood-rounds/{id}/close", round)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getString("status")).isEqualTo("FINAL");
    assertThat(result.getInt("ballotsCounted")).isEqualTo(DevDeputies.COUNT);
    Map<String, int[]> expected = expectedCounts(candidates, cast);
    int needed = result.getInt("tally.votesNeeded");
    for (Map<String, Object> line : result.<Map<String, Object>>getList("tally.lines")) {
      int[] e = expected.get((String) line.get("candidateId"));
      assertThat(e).as("only shortlisted candidates are on the ballot").isNotNull();
      assertThat(List.of(line.get("forVotes"), line.get("againstVotes"), line.get("abstainVotes")))
          .isEqualTo(List.of(e[0], e[1], e[2]));
    }
    List<String> selected = expectedSelection(candidates, expected, needed);
    assertThat(result.<String>getList("selectedCandidateIds"))
        .containsExactlyInAnyOrderElementsOf(selected);
    if (DevDeputies.entitledVoters().size() == DevDeputies.COUNT) {
      assertThat(needed).isEqualTo(16);
      assertThat(selected).containsExactlyInAnyOrderElementsOf(candidates.subList(0, N));
    }

    // Anyone downloads the board, recounts it, recomputes its digest and finds their ballot.
    List<Map<String, Object>> board = downloadBoard(round);
    assertThat(board).hasSize(DevDeputies.COUNT);
    Map<String, int[]> recount = new HashMap<>();
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (Map<String, Object> entry : board) {
      @SuppressWarnings("unchecked")
      List<Map<String, String>> marks = (List<Map<String, String>>) entry.get("choices");
      for (Map<String, String> m : marks) {
        recount
            .computeIfAbsent(m.get("candidateId"), k -> new int[3])[
            CHOICES.indexOf(m.get("choice"))]++;
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
    expected.forEach((c, counts) -> assertThat(recount.get(c)).isEqualTo(counts));
    assertThat(HexFormat.of().formatHex(digest.digest()))
        .isEqualTo(result.getString("boardDigest"));
    Gateway.anonymous()
        .get("/api/v1/public/livelihood-rounds/{id}/recount", round)
        .then()
        .statusCode(200)
        .body("matchesPublishedResult", equalTo(true))
        .body("ballotsOnBoard", equalTo(DevDeputies.COUNT));
    Gateway.anonymous()
        .get("/api/v1/public/livelihood-rounds/{id}/result", round)
        .then()
        .statusCode(200)
        .body("boardDigest", equalTo(result.getString("boardDigest")));
    for (int i = 0; i < DevDeputies.COUNT; i++) {
      JsonPath found =
          Gateway.anonymous()
              .body(Map.of("code", codes.get(i)))
              .post("/api/v1/public/livelihood-rounds/{id}/receipt-lookups", round)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      for (int c = 0; c < candidates.size(); c++) {
        assertThat(
                found.getString(
                    "choices.find { it.candidateId == '" + candidates.get(c) + "' }.choice"))
            .as("ballot %d, candidate %d", i, c)
            .isEqualTo(cast.get(i)[c]);
      }
    }

    // The selected projects become supervision subjects (ProjectsSelected via Kafka).
    Set<String> selectedTitles = new HashSet<>();
    for (String c : selected) {
      selectedTitles.add(
          Gateway.as("staff1")
              .get("/api/v1/livelihood-rounds/{r}/candidates/{c}", round, c)
              .then()
              .statusCode(200)
              .extract()
              .path("title"));
    }
    assertThat(Poll.until(EVENTS, () -> projectSubjectTitles().containsAll(selectedTitles)))
        .as("supervision subjects for the selected projects %s", selectedTitles)
        .isTrue();

    // Every voter's performance record gains a VOTE_CAST (BallotCast via Kafka to deputies).
    for (int n = 1; n <= DevDeputies.COUNT; n++) {
      int deputy = n;
      long before = votesBefore.get(n);
      assertThat(Poll.until(EVENTS, () -> voteCount(deputy, thisYear) >= before + 1))
          .as("VOTE_CAST on deputy%02d's performance record", n)
          .isTrue();
    }
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

  private static Map<String, Object> ballot(List<String> candidates, String[] marks) {
    List<Map<String, String>> choices = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      choices.add(Map.of("candidateId", candidates.get(c), "choice", marks[c]));
    }
    return Map.of("choices", choices);
  }

  private static Map<String, int[]> expectedCounts(List<String> candidates, List<String[]> cast) {
    Map<String, int[]> counts = new HashMap<>();
    for (String[] marks : cast) {
      for (int c = 0; c < marks.length; c++) {
        counts.computeIfAbsent(candidates.get(c), k -> new int[3])[CHOICES.indexOf(marks[c])]++;
      }
    }
    return counts;
  }

  /** Top N by FOR among those with at least {@code needed} FOR (no tie in this pattern). */
  private static List<String> expectedSelection(
      List<String> candidates, Map<String, int[]> counts, int needed) {
    return candidates.stream()
        .filter(c -> counts.get(c)[0] >= needed)
        .sorted((a, b) -> Integer.compare(counts.get(b)[0], counts.get(a)[0]))
        .limit(N)
        .toList();
  }

  /** A year without a round in the district congress (rounds are unique per congress + year). */
  static int freeYear() {
    Set<Integer> taken = new HashSet<>();
    String token = null;
    do {
      var spec = Gateway.as("staff1").queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/livelihood-rounds").then().statusCode(200).extract();
      List<Integer> years = page.path("items.year");
      taken.addAll(years);
      token = page.path("nextPageToken");
    } while (token != null);
    List<Integer> free = new ArrayList<>();
    for (int y = 2000; y <= 2100; y++) {
      if (!taken.contains(y)) {
        free.add(y);
      }
    }
    assertThat(free)
        .as("a free year for a new round in JS-DISTRICT (years 2000..2100 are all used)")
        .isNotEmpty();
    return free.get(new java.util.Random().nextInt(free.size()));
  }

  static String createRound(int year, String run) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("title", year + "年度民心工程实事项目（系统测试 " + run + "）");
    body.put("projectsToSelect", N);
    body.put("collectingEndsOn", LocalDate.of(year - 1, 10, 31).toString());
    body.put("screeningEndsOn", LocalDate.of(year - 1, 12, 15).toString());
    body.put("votingOn", LocalDate.of(year, 1, 16).toString());
    body.put("checkInOpensAt", now.minus(1, ChronoUnit.HOURS).toString());
    body.put("checkInClosesAt", now.plus(2, ChronoUnit.HOURS).toString());
    body.put("implementingEndsOn", LocalDate.of(year, 11, 30).toString());
    body.put("evaluatingEndsOn", LocalDate.of(year, 12, 31).toString());
    return Gateway.as("staff1")
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(body)
        .post("/api/v1/livelihood-rounds")
        .then()
        .statusCode(201)
        .body("phase", equalTo("COLLECTING"))
        .extract()
        .path("id");
  }

  /** The deputy checks in themselves (inside the round's check-in window). */
  static void checkIn(String round, String deputy) {
    Gateway.as(deputy)
        .body(Map.of())
        .post("/api/v1/livelihood-rounds/{id}/check-ins", round)
        .then()
        .statusCode(201);
  }

  static String propose(String round, String user, String title) {
    return Gateway.as(user)
        .body(Map.of("title", title, "description", title + "：项目说明、受益人群和实施计划。"))
        .post("/api/v1/livelihood-rounds/{id}/candidates", round)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static io.restassured.response.ValidatableResponse screen(
      String round, String candidate, Map<String, Object> decision) {
    String etag =
        Gateway.as("staff1")
            .get("/api/v1/livelihood-rounds/{r}/candidates/{c}", round, candidate)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    return Gateway.as("staff1")
        .header("If-Match", etag)
        .body(decision)
        .post("/api/v1/livelihood-rounds/{r}/candidates/{c}/screening", round, candidate)
        .then()
        .statusCode(200);
  }

  static String roundEtag(String round) {
    return Gateway.as("staff1")
        .get("/api/v1/livelihood-rounds/{id}", round)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static io.restassured.response.ValidatableResponse phase(String round, String phase) {
    return Gateway.as("staff1")
        .header("If-Match", roundEtag(round))
        .body(Map.of("phase", phase))
        .post("/api/v1/livelihood-rounds/{id}/phase", round)
        .then()
        .statusCode(200)
        .body("phase", equalTo(phase));
  }

  static List<Map<String, Object>> downloadBoard(String round) {
    List<Map<String, Object>> board = new ArrayList<>();
    String token = null;
    do {
      var spec = Gateway.anonymous().queryParam("limit", 7);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/public/livelihood-rounds/{id}/board", round)
              .then()
              .statusCode(200)
              .extract();
      board.addAll(page.<List<Map<String, Object>>>path("items"));
      token = page.path("nextPageToken");
    } while (token != null);
    return board;
  }

  private static Set<String> projectSubjectTitles() {
    Set<String> titles = new HashSet<>();
    String token = null;
    do {
      var spec =
          Gateway.as("member01")
              .queryParam("source", "LIVELIHOOD_PROJECT")
              .queryParam("limit", 100);
      if (token != null) {
        spec.queryParam("pageToken", token);
      }
      ExtractableResponse<Response> page =
          spec.get("/api/v1/supervision-subjects").then().statusCode(200).extract();
      List<String> items = page.path("items.title");
      titles.addAll(items);
      token = page.path("nextPageToken");
    } while (token != null);
    return titles;
  }

  private static Map<Integer, Long> voteCounts(int year) {
    Map<Integer, Long> counts = new HashMap<>();
    for (int n = 1; n <= DevDeputies.COUNT; n++) {
      counts.put(n, voteCount(n, year));
    }
    return counts;
  }

  private static long voteCount(int n, int year) {
    Number count =
        Gateway.as(Users.deputy(n))
            .get("/api/v1/deputies/{id}/performance-records/{year}", DevDeputies.id(n), year)
            .then()
            .statusCode(200)
            .extract()
            .path("counts.VOTE_CAST");
    return count == null ? 0 : count.longValue();
  }
}
