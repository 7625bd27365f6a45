package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.query.BoardEntry;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading what a closed round published: the result (for its readers, and for anyone), the board
 * page by page, a voter's own ballot by receipt code, and a recount of the whole board.
 */
@ApplicationScoped
public class PublishedResults {
  private final VotingRoundRepository rounds;
  private final RoundService readable;
  private final RoundResults results;
  private final PublicBoard board;

  public PublishedResults(
      VotingRoundRepository rounds,
      RoundService readable,
      RoundResults results,
      PublicBoard board) {
    this.rounds = rounds;
    this.readable = readable;
    this.results = results;
    this.board = board;
  }

  @Transactional
  public Published result(UUID roundId) {
    VotingRound round = readable.get(roundId);
    RoundResult result = results.require(round);
    return new Published(round, result, results.tallyOf(result));
  }

  /** The published result, for anyone. */
  @Transactional
  public Published publicResult(UUID roundId) {
    VotingRound round = publicRound(roundId);
    RoundResult result = results.require(round);
    return new Published(round, result, results.tallyOf(result));
  }

  /** A page of the public board, in receipt-hash order (a random permutation of casting order). */
  @Transactional
  public List<BoardEntry> board(UUID roundId, String afterHash, int limit) {
    VotingRound round = publicRound(roundId);
    results.require(round);
    return board.page(round, afterHash, limit);
  }

  /**
   * Recounts the whole public board ballot by ballot with the rule the result was counted by, and
   * compares it with the published result and its digest.
   */
  @Transactional
  public Recount recount(UUID roundId) {
    VotingRound round = publicRound(roundId);
    RoundResult result = results.require(round);
    Tally published = results.tallyOf(result);
    Map<UUID, int[]> votes = new HashMap<>();
    published.lines().forEach(l -> votes.put(l.candidateId(), new int[3]));
    int[] onBoard = {0};
    String boardDigest =
        board.walk(
            round.congressId(),
            round.id(),
            entry -> {
              onBoard[0]++;
              entry.marks().forEach((c, choice) -> votes.get(c)[choice.ordinal()]++);
            });
    List<Tally.CandidateCount> lines =
        published.lines().stream()
            .map(
                l -> {
                  int[] v = votes.get(l.candidateId());
                  return new Tally.CandidateCount(l.candidateId(), l.title(), v[0], v[1], v[2]);
                })
            .toList();
    Tally.BallotCounts c = published.counts();
    Tally recounted =
        Tally.count(
            new Tally.Rule(published.majorityBase(), published.fraction()),
            published.projectsToSelect(),
            new Tally.BallotCounts(
                c.entitled(),
                c.checkedIn(),
                c.participations(),
                c.electronicBallots(),
                c.paperBallotsIssued(),
                c.paperBallotsReturned()),
            lines);
    boolean same =
        recounted.sameVotesAs(published)
            && onBoard[0] == c.ballotsCounted()
            && boardDigest.equals(result.boardDigest());
    return new Recount(same, onBoard[0], boardDigest, result.boardDigest(), recounted);
  }

  /** A voter finds their ballot by the receipt code; the server hashes it. */
  @Transactional
  public BoardEntry lookup(UUID roundId, String code) {
    VotingRound round = publicRound(roundId);
    results.require(round);
    return board.find(round, code);
  }

  /** Public reads address a round by its id alone. */
  private VotingRound publicRound(UUID id) {
    VotingRound round = rounds.findById(id);
    if (round == null) {
      throw NotFound.of("round", id);
    }
    return round;
  }

  /** A published result with its round. */
  public record Published(VotingRound round, RoundResult result, Tally tally) {}

  /** The outcome of a public recount. */
  public record Recount(
      boolean matchesPublishedResult,
      int ballotsOnBoard,
      String boardDigest,
      String publishedBoardDigest,
      Tally recount) {}
}
