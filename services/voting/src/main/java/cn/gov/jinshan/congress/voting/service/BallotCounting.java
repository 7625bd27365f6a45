package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.voting.domain.BallotChannel;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository;
import cn.gov.jinshan.congress.voting.repository.CandidateRepository;
import cn.gov.jinshan.congress.voting.repository.CheckInRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Counts a closed ballot box by the congress's rule, after checking it against participation:
 * electronic ballots = electronic participations, paper ballots ≤ paper ballots issued, every
 * ballot marks every shortlisted candidate and nothing else. A box that fails is 409 and nothing is
 * counted.
 */
@ApplicationScoped
public class BallotCounting {
  private final BallotBoxRepository box;
  private final CheckInRepository checkIns;
  private final CandidateRepository candidates;
  private final CongressRules rules;

  public BallotCounting(
      BallotBoxRepository box,
      CheckInRepository checkIns,
      CandidateRepository candidates,
      CongressRules rules) {
    this.box = box;
    this.checkIns = checkIns;
    this.candidates = candidates;
    this.rules = rules;
  }

  /** The tally of the round's box; call it with the round locked and its ballot closed. */
  public Tally count(VotingRound round) {
    String congress = round.congressId();
    UUID roundId = round.id();
    Map<BallotChannel, Integer> participations = box.participations(congress, roundId);
    int[] ballots = box.ballots(congress, roundId);
    Tally.BallotCounts counts =
        new Tally.BallotCounts(
            round.entitledCount(),
            checkIns.count(congress, roundId),
            participations.get(BallotChannel.ELECTRONIC) + participations.get(BallotChannel.PAPER),
            ballots[0],
            participations.get(BallotChannel.PAPER),
            ballots[1]);
    if (ballots[0] != participations.get(BallotChannel.ELECTRONIC)
        || ballots[1] > participations.get(BallotChannel.PAPER)) {
      throw ProblemException.conflict(
          "ballot.integrity", ballots[0] + ballots[1], counts.participations());
    }
    List<Candidate> shortlist =
        candidates.withStatus(congress, roundId, CandidateStatus.SHORTLISTED);
    Map<UUID, int[]> votes = box.countChoices(congress, roundId);
    // Marks for anything but the shortlist: the cast checks each ballot against the shortlist under
    // the round lock, and this is the box-wide check of the same rule (no foreign key on the
    // candidate: V5).
    Map<UUID, int[]> offShortlist = new HashMap<>(votes);
    shortlist.forEach(c -> offShortlist.remove(c.id()));
    if (!offShortlist.isEmpty()) {
      int stray = offShortlist.values().stream().mapToInt(v -> v[0] + v[1] + v[2]).sum();
      throw ProblemException.conflict("ballot.integrity.off-shortlist", stray);
    }
    List<Tally.CandidateCount> lines = new ArrayList<>();
    for (Candidate c : shortlist) {
      int[] v = votes.getOrDefault(c.id(), new int[3]);
      if (v[0] + v[1] + v[2] != counts.ballotsCounted()) {
        throw ProblemException.conflict(
            "ballot.integrity", v[0] + v[1] + v[2], counts.ballotsCounted());
      }
      lines.add(new Tally.CandidateCount(c.id(), c.title(), v[0], v[1], v[2]));
    }
    return Tally.count(rules.counting(congress), round.projectsToSelect(), counts, lines);
  }
}
