package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Closing the ballot and deciding its outcome: count, seal the box, publish the result and select
 * the projects, or leave a tie at the cut-off to a recorded decision of staff.
 */
@ApplicationScoped
public class BallotClosing {
  private final VotingRoundRepository rounds;
  private final BallotCounting counting;
  private final PublicBoard board;
  private final RoundResults results;
  private final ProjectSelection selection;
  private final CurrentUser user;
  private final Clock clock;

  public BallotClosing(
      VotingRoundRepository rounds,
      BallotCounting counting,
      PublicBoard board,
      RoundResults results,
      ProjectSelection selection,
      CurrentUser user,
      Clock clock) {
    this.rounds = rounds;
    this.counting = counting;
    this.board = board;
    this.results = results;
    this.selection = selection;
    this.user = user;
    this.clock = clock;
  }

  /**
   * Staff close the ballot. Waits for ballots in flight (the round is locked exclusively against
   * their shared locks), counts the box (which refuses to publish a box that does not add up),
   * seals it, publishes the result and the board digest. Without a tie at the cut-off the projects
   * are selected at once.
   */
  @Transactional
  public RoundResult close(UUID roundId, String ifMatch) {
    VotingRound round = round(roundId);
    rounds.lockExclusively(round);
    Etags.requireMatch(ifMatch, round.version());
    Instant now = clock.instant();
    round.closeBallot(now);
    Tally tally = counting.count(round);
    String digest = board.seal(round.congressId(), roundId);
    RoundResult result = results.publish(round, tally, digest, now);
    if (!tally.tie()) {
      selection.select(round, tally, tally.selected(), null, now);
    }
    results.flush();
    return result;
  }

  /** Staff resolve a tie at the cut-off by a recorded decision; then the projects are selected. */
  @Transactional
  public RoundResult resolveTie(UUID roundId, ResolveTie command, String ifMatch) {
    VotingRound round = round(roundId);
    RoundResult result = results.require(round);
    Etags.requireMatch(ifMatch, result.version());
    Tally tally = results.tallyOf(result);
    Instant now = clock.instant();
    List<UUID> selected =
        result.resolveTie(tally, command.candidateIds(), command.decision(), user.subject(), now);
    selection.select(round, tally, selected, result.tieDecision(), now);
    results.flush();
    return result;
  }

  private VotingRound round(UUID id) {
    return rounds.findInCongress(user.congressId(), id).orElseThrow(() -> NotFound.of("round", id));
  }
}
