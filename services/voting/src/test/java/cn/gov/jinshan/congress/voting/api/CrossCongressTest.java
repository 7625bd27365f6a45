package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.testing.CongressRegistrar;
import cn.gov.jinshan.congress.testing.CrossCongressReads;
import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several congresses: district staff with cross_congress read the towns below their congress (never
 * write there), the district's statistics roll up its towns, each congress counts by its configured
 * rule or the district's default, and the entitled voters are per congress.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CrossCongressTest {
  private static final String R = "/api/v1/livelihood-rounds";
  private static final String P = "/api/v1/livelihood-projects";

  private TestCongress district;
  private TestCongress town;
  private TestCongress otherTown;

  @BeforeEach
  void congresses() {
    district = TestCongress.create();
    town = TestCongress.create();
    otherTown = TestCongress.create();
    CongressRegistrar.probedThrough(R).registerTowns(district.id, town.id, otherTown.id);
  }

  @Test
  void shouldLetOnlyCrossCongressStaffOfTheParentReadATownsVoting() {
    List<UUID> voters = town.deputies(2, "TOWN");
    RoundFixture round = aRound(town).selecting(1).withCandidates(2).delivering(voters);
    UUID project = round.project();
    String cross = district.crossStaff();
    CrossCongressReads reads = new CrossCongressReads(district.id, town.id, otherTown.id);

    for (String path :
        List.of(
            round.path(""),
            round.path("/candidates"),
            round.path("/candidates/" + round.candidates.get(0)),
            round.path("/check-ins"),
            round.path("/result"),
            P + "/" + project,
            P + "/" + project + "/milestones",
            P + "/" + project + "/progress-reports",
            P + "/" + project + "/inspections",
            P + "/" + project + "/ratings")) {
      reads.assertOnlyTheDistrictReadsItem(path);
    }
    for (String list : List.of(R, P, "/api/v1/entitled-voters", "/api/v1/voting-statistics")) {
      reads.assertOnlyTheDistrictListsTheTown(list);
    }
    given()
        .auth()
        .oauth2(cross)
        .queryParam("congressId", town.id)
        .get(R)
        .then()
        .body("items.id", hasItem(round.id.toString()));
    given().auth().oauth2(cross).get(R).then().body("items.id", not(hasItem(round.id.toString())));
    given()
        .auth()
        .oauth2(cross)
        .queryParam("congressId", town.id)
        .get("/api/v1/entitled-voters")
        .then()
        .body("items.id", hasItems(voters.get(0).toString(), voters.get(1).toString()));
  }

  @Test
  void shouldNeverLetCrossCongressReadersWriteInATown() {
    UUID deputy = town.deputies(1, "TOWN").get(0);
    RoundFixture round = aRound(town).selecting(1).withCandidates(2).openForVoting();
    String etag = round.etag();
    TestCongress parent = district;
    String cross = parent.crossStaff();
    var asCross = parent.as(cross);

    asCross
        .header("If-Match", etag)
        .body(Map.of("phase", "IMPLEMENTING"))
        .post(round.path("/phase"))
        .then()
        .statusCode(404);
    parent
        .as(cross)
        .body(Map.of("title", "越权项目", "description", "越权"))
        .post(round.path("/candidates"))
        .then()
        .statusCode(404);
    parent
        .as(cross)
        .body(Map.of("deputyId", deputy.toString()))
        .post(round.path("/check-ins"))
        .then()
        .statusCode(404);
    parent
        .as(cross)
        .body(Map.of("deputyId", deputy.toString()))
        .post(round.path("/paper-ballot-issues"))
        .then()
        .statusCode(404);
    parent.as(cross).body(round.ballot(1)).post(round.path("/ballots")).then().statusCode(404);
    parent.as(cross).header("If-Match", etag).post(round.path("/close")).then().statusCode(404);

    round.get("").header("ETag", etag).body("phase", equalTo("VOTING"));
    round.get("/check-ins").body("items.size()", equalTo(0));
    round.get("/candidates").body("items.size()", equalTo(2));
  }

  @Test
  void shouldRollUpTheTownsIntoTheDistrictsStatistics() {
    aRound(district).selecting(1).withCandidates(2).delivering(district.deputies(1));
    aRound(town).selecting(1).withCandidates(2).delivering(town.deputies(2, "TOWN"));
    otherTown.deputies(1, "TOWN");
    aRound(otherTown).selecting(1).withCandidates(2).openForVoting();

    given()
        .auth()
        .oauth2(district.crossStaff())
        .queryParam("rollUp", true)
        .get("/api/v1/voting-statistics")
        .then()
        .statusCode(200)
        .body("congressId", equalTo(district.id))
        .body("congressIds.size()", equalTo(3))
        .body("total.rounds", equalTo(3))
        .body("total.roundsByPhase.IMPLEMENTING", equalTo(2))
        .body("total.roundsByPhase.VOTING", equalTo(1))
        .body("total.ballots.closedRounds", equalTo(2))
        .body("total.ballots.entitled", equalTo(3))
        .body("total.ballots.participations", equalTo(3))
        .body("total.ballots.ballotsCounted", equalTo(3))
        .body("total.projectsSelected", equalTo(2))
        .body("perCongress." + district.id + ".ballots.entitled", equalTo(1))
        .body("perCongress." + town.id + ".ballots.entitled", equalTo(2))
        .body("perCongress." + town.id + ".projectsSelected", equalTo(1))
        .body("perCongress." + otherTown.id + ".rounds", equalTo(1))
        .body("perCongress." + otherTown.id + ".ballots.closedRounds", equalTo(0));
    // without the roll-up: the district's own figures
    given()
        .auth()
        .oauth2(district.staffToken)
        .get("/api/v1/voting-statistics")
        .then()
        .statusCode(200)
        .body("congressIds", equalTo(List.of(district.id)))
        .body("total.rounds", equalTo(1))
        .body("total.ballots.entitled", equalTo(1));
    new CrossCongressReads(district.id, town.id, otherTown.id)
        .assertRollUpRefusedToPlainStaff("/api/v1/voting-statistics");
    // bad parameters are the caller's error, as problem+json
    Map<String, String> answers = new TreeMap<>();
    for (Map<String, String> bad :
        List.of(
            Map.of("year", "1999"),
            Map.of("year", "二〇二六"),
            Map.of("rollUp", "maybe"),
            Map.of("congressId", "JS DISTRICT;--"))) {
      var response =
          given()
              .auth()
              .oauth2(district.crossStaff())
              .queryParams(bad)
              .get("/api/v1/voting-statistics");
      answers.put(bad.toString(), response.statusCode() / 100 + "xx " + response.contentType());
    }
    assertThat(answers.values())
        .as(answers.toString())
        .allMatch(a -> a.startsWith("4xx application/problem+json"));
  }

  @Test
  void shouldRefuseARollUpThatIsNeitherTrueNorFalse() {
    TestCongress district = TestCongress.create();
    given()
        .auth()
        .oauth2(district.crossStaff())
        .queryParam("rollUp", "yes")
        .get("/api/v1/voting-statistics")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://congress.jinshan.gov.cn/problems/malformed-request"))
        .body("detail", equalTo("The parameter rollUp is true or false."));
    given()
        .auth()
        .oauth2(district.crossStaff())
        .header("Accept-Language", "zh-CN")
        .queryParam("rollUp", "yes")
        .get("/api/v1/voting-statistics")
        .then()
        .statusCode(400)
        .body("detail", equalTo("参数 rollUp 只能是 true 或 false。"));
  }

  @Test
  void shouldKnowTheDeploymentsReferenceCongressesWithoutEvents() {
    // read-only: the demo congresses are real data of the shared database
    TestCongress jinshan = TestCongress.withId("JS-DISTRICT");
    given()
        .auth()
        .oauth2(jinshan.crossStaff())
        .queryParam("congressId", "JS-ZHUJING")
        .get(R)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(jinshan.crossStaff())
        .queryParam("rollUp", true)
        .get("/api/v1/voting-statistics")
        .then()
        .statusCode(200)
        .body("congressIds", hasItems("JS-DISTRICT", "JS-ZHUJING", "JS-SHANYANG"));
  }

  @Test
  void shouldCountByTheCongresssOwnRuleAndTheDistrictsDefaultOtherwise() {
    // TV-RULES: voting.congress."TV-RULES".counting.majority-base=CHECKED_IN
    // (application.properties)
    TestCongress configured = TestCongress.withId("TV-RULES");
    for (TestCongress congress : List.of(configured, district)) {
      List<UUID> deputies = congress.deputies(4);
      RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
      // 2 of at least 4 entitled come and vote FOR the first candidate
      for (UUID voter : deputies.subList(0, 2)) {
        round.checkIn(voter);
        round.cast(voter, round.ballot(1)).statusCode(201);
      }
      String line = "tally.lines.find { it.candidateId == '" + round.candidates.get(0) + "' }";
      boolean own = congress == configured;
      round
          .close()
          .statusCode(200)
          .body("tally.majorityBase", equalTo(own ? "CHECKED_IN" : "ENTITLED"))
          .body(line + ".forVotes", equalTo(2))
          .body(line + ".outcome", equalTo(own ? "SELECTED" : "NOT_SELECTED"));
    }
  }

  @Test
  void shouldLetADeputyWithTwoMembershipsVoteInEachOfTheirCongresses() {
    String person = "person-" + UUID.randomUUID();
    UUID inDistrict = UUID.randomUUID();
    UUID inTown = UUID.randomUUID();
    district.publish(
        inDistrict, district.registered(inDistrict, "DISTRICT", person), DeputyRegistered.class);
    district.awaitEntitled(1);
    town.publish(inTown, town.registered(inTown, "TOWN", person), DeputyRegistered.class);
    town.awaitEntitled(1);
    town.deputies(1, "TOWN");

    RoundFixture districtRound = aRound(district).selecting(1).withCandidates(2).openForVoting();
    RoundFixture townRound = aRound(town).selecting(1).withCandidates(2).openForVoting();
    districtRound.get("").body("entitledCount", equalTo(1));
    townRound.get("").body("entitledCount", equalTo(2));
    district
        .asStaff()
        .get("/api/v1/entitled-voters")
        .then()
        .body("items.id", equalTo(List.of(inDistrict.toString())));
    town.asStaff()
        .get("/api/v1/entitled-voters")
        .then()
        .body("items.id", hasItem(inTown.toString()))
        .body("items.id", not(hasItem(inDistrict.toString())));

    // each membership checks itself in and votes in its own congress
    for (var vote : List.of(Map.entry(districtRound, inDistrict), Map.entry(townRound, inTown))) {
      RoundFixture round = vote.getKey();
      round
          .congress
          .asDeputy(vote.getValue())
          .body(Map.of())
          .post(round.path("/check-ins"))
          .then()
          .statusCode(201);
      round.cast(vote.getValue(), round.ballot(1)).statusCode(201);
    }
    // the district membership is no voter of the town, and cannot reach the town's round
    town.asDeputy(inDistrict)
        .body(Map.of())
        .post(townRound.path("/check-ins"))
        .then()
        .statusCode(403);
    district
        .asDeputy(inDistrict)
        .body(townRound.ballot(1))
        .post(townRound.path("/ballots"))
        .then()
        .statusCode(404);

    districtRound.close().statusCode(200).body("tally.counts.electronicBallots", equalTo(1));
    townRound
        .close()
        .statusCode(200)
        .body("tally.counts.entitled", equalTo(2))
        .body("tally.counts.electronicBallots", equalTo(1));
  }
}
