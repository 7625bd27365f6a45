package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The rules of the ballot: who may vote, how often, when, and what a valid ballot is. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BallotRulesTest {

  @Test
  void shouldRefuseBallotWithMoreForMarksThanProjectsToSelect() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).selecting(2).withCandidates(3).openForVoting();
    round.checkIn(deputy);

    round
        .cast(deputy, round.ballot(3))
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("3 FOR"));
    // Not counted as the deputy's ballot: a valid one is still accepted.
    round.cast(deputy, round.ballot(2)).statusCode(201);
  }

  @Test
  void shouldRefuseIncompleteUnknownAndMalformedBallots() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    round.checkIn(deputy);

    round
        .cast(
            deputy,
            Map.of(
                "choices",
                List.of(
                    Map.of("candidateId", round.candidates.get(0).toString(), "choice", "FOR"))))
        .statusCode(422);
    round
        .cast(
            deputy,
            Map.of(
                "choices",
                List.of(
                    Map.of("candidateId", round.candidates.get(0).toString(), "choice", "FOR"),
                    Map.of("candidateId", UUID.randomUUID().toString(), "choice", "AGAINST"))))
        .statusCode(422);
    round
        .cast(
            deputy,
            Map.of(
                "choices",
                List.of(
                    Map.of("candidateId", round.candidates.get(0).toString(), "choice", "YES"))))
        .statusCode(400);
    round.cast(deputy, Map.of()).statusCode(400);
  }

  @Test
  void shouldRefuseSecondBallot() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).openForVoting();
    round.checkIn(deputy);

    round
        .cast(deputy, round.ballot(1))
        .statusCode(201)
        .header("Cache-Control", "no-store")
        .body("receiptCode", matchesPattern("([0-9A-Z]{4}-){4}[0-9A-Z]{4}"));
    round
        .cast(deputy, round.ballot(0))
        .statusCode(409)
        .body("type", containsString("conflict"))
        .body("detail", containsString("already voted"));
  }

  @Test
  void shouldAcceptExactlyOneOfParallelBallotsOfTheSameDeputy() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).openForVoting();
    round.checkIn(deputy);
    int parallel = 8;
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < parallel; i++) {
      int forCount = i % 3;
      Callable<Integer> cast =
          () -> {
            start.await();
            return round.cast(deputy, round.ballot(forCount)).extract().statusCode();
          };
      statuses.add(pool.submit(cast));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> f : statuses) {
      codes.add(f.get());
    }
    pool.shutdown();

    assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
    assertThat(codes).filteredOn(c -> c == 409).hasSize(parallel - 1);
    round.close().statusCode(200).body("tally.counts.electronicBallots", equalTo(1));
  }

  @Test
  void shouldRefuseDeputyNotCheckedIn() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).openForVoting();

    round
        .cast(deputy, round.ballot(1))
        .statusCode(403)
        .body("detail", containsString("checked in"));
  }

  @Test
  void shouldRefuseDeputyOfAnotherCongressOrNotActive() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(2);
    RoundFixture round = aRound(congress).openForVoting();
    round.checkIn(deputies.get(0));
    congress.suspend(deputies.get(0));
    congress.awaitEntitled(1);

    round.cast(deputies.get(0), round.ballot(1)).statusCode(403);
    congress
        .asStaff()
        .body(Map.of("deputyId", UUID.randomUUID().toString()))
        .post(round.path("/check-ins"))
        .then()
        .statusCode(403);
  }

  @Test
  void shouldRefuseBallotOutsideTheVotingPhase() {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).screened();

    round
        .cast(deputy, round.ballot(1))
        .statusCode(409)
        .body("type", containsString("invalid-state"))
        .body("detail", containsString("SCREENING"));
    round.phase("VOTING").statusCode(200);
    round.checkIn(deputy);
    round.close().statusCode(200);
    round.cast(deputy, round.ballot(1)).statusCode(409).body("detail", containsString("closed"));
  }

  @Test
  void shouldLetDeputyCheckInOnlyThemselvesAndOnlyInsideTheWindow() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(2);
    RoundFixture open = aRound(congress).openForVoting();

    congress.asDeputy(deputies.get(0)).post(open.path("/check-ins")).then().statusCode(201);
    congress.asDeputy(deputies.get(0)).post(open.path("/check-ins")).then().statusCode(409);
    congress
        .asDeputy(deputies.get(0))
        .body(Map.of("deputyId", deputies.get(1).toString()))
        .post(open.path("/check-ins"))
        .then()
        .statusCode(403);

    TestCongress other = TestCongress.create();
    UUID late = other.deputies(1).get(0);
    RoundFixture closedWindow =
        aRound(other)
            .checkInWindow(
                Instant.now().minus(Duration.ofHours(3)), Instant.now().minus(Duration.ofHours(1)))
            .openForVoting();
    other
        .asDeputy(late)
        .post(closedWindow.path("/check-ins"))
        .then()
        .statusCode(409)
        .body("detail", containsString("Check-in"));
    closedWindow.checkIn(late); // staff still may
  }

  @Test
  void shouldCountPaperBallotsTheSameWayAndNeverMoreThanIssued() {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(3);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    deputies.forEach(round::checkIn);
    round.cast(deputies.get(0), round.ballot("FOR", "AGAINST")).statusCode(201);
    congress
        .asStaff()
        .body(Map.of("deputyId", deputies.get(1).toString()))
        .post(round.path("/paper-ballot-issues"))
        .then()
        .statusCode(204);
    congress
        .asStaff()
        .body(Map.of("deputyId", deputies.get(2).toString()))
        .post(round.path("/paper-ballot-issues"))
        .then()
        .statusCode(204);
    // A deputy issued a paper ballot cannot also vote electronically.
    round.cast(deputies.get(1), round.ballot("FOR", "AGAINST")).statusCode(409);

    congress
        .asStaff()
        .body(round.ballot("FOR", "ABSTAIN"))
        .post(round.path("/ballots"))
        .then()
        .statusCode(201)
        .body("paper", equalTo(true));
    congress
        .asStaff()
        .body(round.ballot("FOR", "FOR"))
        .post(round.path("/ballots"))
        .then()
        .statusCode(422);
    congress
        .asStaff()
        .body(round.ballot("AGAINST", "FOR"))
        .post(round.path("/ballots"))
        .then()
        .statusCode(201);
    congress
        .asStaff()
        .body(round.ballot("AGAINST", "FOR"))
        .post(round.path("/ballots"))
        .then()
        .statusCode(422)
        .body("detail", containsString("issued"));

    round
        .close()
        .statusCode(200)
        .body("ballotsCounted", equalTo(3))
        .body("tally.counts.paperBallotsIssued", equalTo(2))
        .body("tally.counts.paperBallotsReturned", equalTo(2))
        .body(
            "tally.lines.find { it.candidateId == '" + round.candidates.get(0) + "' }.forVotes",
            equalTo(2))
        .body(
            "tally.lines.find { it.candidateId == '" + round.candidates.get(1) + "' }.forVotes",
            equalTo(1));
  }
}
