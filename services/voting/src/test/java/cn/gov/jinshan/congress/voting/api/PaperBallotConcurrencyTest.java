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
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Paper ballots entered by several staff at once (a bench run found they serialised): entries run
 * side by side, and still never more come back than were issued (收回 ≤ 发出), with an exact tally.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PaperBallotConcurrencyTest {
  private static final int WORKERS = 16;

  @Inject DataSource dataSource;

  @Test
  void shouldNeverReturnMorePaperBallotsThanIssuedWhenEnteredConcurrently() throws Exception {
    int issued = 12;
    int attempts = 40;
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(issued);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(3).openForVoting();
    for (UUID deputy : deputies) {
      round.checkIn(deputy);
      issue(round, deputy).statusCode(204);
    }

    // attempt i marks FOR candidate i % 3, AGAINST the others
    ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> statuses = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      Map<String, Object> ballot = forOnly(round, i % 3);
      statuses.add(
          pool.submit(
              () -> {
                start.await();
                return enter(round, ballot).extract().statusCode();
              }));
    }
    long began = System.nanoTime();
    start.countDown();
    int[] forVotes = new int[3];
    int accepted = 0;
    List<Integer> refused = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      int status = statuses.get(i).get(120, TimeUnit.SECONDS);
      if (status == 201) {
        accepted++;
        forVotes[i % 3]++;
      } else {
        refused.add(status);
      }
    }
    long millis = (System.nanoTime() - began) / 1_000_000;
    pool.shutdown();
    System.out.printf(
        "paper ballots: %d entries by %d workers in %d ms%n", attempts, WORKERS, millis);

    assertThat(accepted).as("paper ballots accepted").isEqualTo(issued);
    assertThat(refused).hasSize(attempts - issued).containsOnly(422);
    enter(round, forOnly(round, 0)).statusCode(422).body("detail", containsString("12"));

    ValidatableResponse result =
        round
            .close()
            .statusCode(200)
            .body("ballotsCounted", equalTo(issued))
            .body("tally.counts.paperBallotsIssued", equalTo(issued))
            .body("tally.counts.paperBallotsReturned", equalTo(issued));
    for (int c = 0; c < 3; c++) {
      String line = "tally.lines.find { it.candidateId == '" + round.candidates.get(c) + "' }";
      result
          .body(line + ".forVotes", equalTo(forVotes[c]))
          .body(line + ".againstVotes", equalTo(issued - forVotes[c]));
    }
    round
        .congress
        .asStaff()
        .get(round.publicPath("/recount"))
        .then()
        .statusCode(200)
        .body("matchesPublishedResult", equalTo(true));
  }

  @Test
  void shouldEnterAPaperBallotWhileOtherBallotsHoldTheRound() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    round.checkIn(deputy);
    issue(round, deputy).statusCode(204);

    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection other = dataSource.getConnection()) {
      // another ballot's transaction in flight: it holds the round FOR SHARE until it commits
      other.setAutoCommit(false);
      try (PreparedStatement lock =
          other.prepareStatement("SELECT id FROM voting_round WHERE id = ? FOR SHARE")) {
        lock.setObject(1, round.id);
        try (ResultSet rows = lock.executeQuery()) {
          assertThat(rows.next()).isTrue();
        }
      }
      Future<Integer> entry =
          pool.submit(() -> enter(round, forOnly(round, 0)).extract().statusCode());
      try {
        assertThat(entry.get(30, TimeUnit.SECONDS)).isEqualTo(201);
      } catch (TimeoutException e) {
        throw new AssertionError("the paper entry waited for another ballot's transaction", e);
      } finally {
        other.rollback();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static ValidatableResponse issue(RoundFixture round, UUID deputy) {
    return round
        .congress
        .asStaff()
        .body(Map.of("deputyId", deputy.toString()))
        .post(round.path("/paper-ballot-issues"))
        .then();
  }

  private static ValidatableResponse enter(RoundFixture round, Map<String, Object> ballot) {
    return round.congress.asStaff().body(ballot).post(round.path("/ballots")).then();
  }

  private static Map<String, Object> forOnly(RoundFixture round, int candidate) {
    String[] choices = new String[round.candidates.size()];
    for (int i = 0; i < choices.length; i++) {
      choices[i] = i == candidate ? "FOR" : "AGAINST";
    }
    return round.ballot(choices);
  }
}
