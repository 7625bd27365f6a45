package cn.gov.jinshan.congress.voting.api;

import static cn.gov.jinshan.congress.voting.support.RoundFixture.aRound;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.voting.support.RoundFixture;
import cn.gov.jinshan.congress.voting.support.TestCongress;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Closing checks the box before it publishes anything. The choices carry no foreign key to the
 * candidate (V5), so a mark for a candidate that is not on the ballot can only be caught here; the
 * rows are tampered with directly, as only someone with database access could.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BallotBoxIntegrityTest {

  @Inject DataSource dataSource;

  @Test
  void shouldRefuseToPublishWhenTheBoxHoldsAMarkForACandidateNotOnTheBallot() throws Exception {
    TestCongress congress = TestCongress.create();
    List<UUID> deputies = congress.deputies(2);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    for (UUID deputy : deputies) {
      round.checkIn(deputy);
      round.cast(deputy, round.ballot(1)).statusCode(201);
    }
    UUID stranger = UUID.randomUUID();
    execute(
        "INSERT INTO ballot_choice (ballot_id, candidate_id, choice)"
            + " SELECT id, ?, 'FOR' FROM ballot WHERE round_id = ?",
        stranger,
        round.id);

    round
        .close()
        .statusCode(409)
        .contentType(containsString("application/problem+json"))
        .body("detail", containsString("2 marks"));
    // Nothing published, the ballot still open: the staff can investigate and close again.
    round.get("").body("ballotClosed", equalTo(false));
    round.congress.asStaff().get(round.path("/result")).then().statusCode(409);

    execute("DELETE FROM ballot_choice WHERE candidate_id = ?", stranger);
    round.close().statusCode(200).body("ballotsCounted", equalTo(2));
  }

  @Test
  void shouldRefuseToPublishWhenACandidateLacksAMarkOnSomeBallot() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID deputy = congress.deputies(1).get(0);
    RoundFixture round = aRound(congress).selecting(1).withCandidates(2).openForVoting();
    round.checkIn(deputy);
    round.cast(deputy, round.ballot(1)).statusCode(201);
    execute("DELETE FROM ballot_choice WHERE candidate_id = ?", round.candidates.get(1));

    round.close().statusCode(409).body("detail", containsString("0 against 1"));
  }

  private void execute(String sql, Object... parameters) throws Exception {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }
}
