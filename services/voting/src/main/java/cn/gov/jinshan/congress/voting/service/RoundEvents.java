package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import cn.gov.jinshan.congress.contracts.voting.BallotClosed;
import cn.gov.jinshan.congress.contracts.voting.BallotOpened;
import cn.gov.jinshan.congress.contracts.voting.EvaluationOpened;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.contracts.voting.RoundCancelled;
import cn.gov.jinshan.congress.contracts.voting.VoterCheckedIn;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The one place where what happened to a voting round and its ballot becomes an event of {@code
 * congress.voting.v1}. The steps append them to the outbox in their own transaction. A ballot's
 * content never leaves in an event: a cast says only who took part, and on which day.
 */
final class RoundEvents {
  private RoundEvents() {}

  static BallotOpened opened(
      VotingRound round, List<Candidate> shortlist, int entitled, Instant at) {
    return new BallotOpened(
        round.id().toString(),
        round.congressId(),
        round.year(),
        round.projectsToSelect(),
        shortlist.stream().map(c -> c.id().toString()).toList(),
        entitled,
        at,
        round.schedule().checkInOpensAt(),
        round.schedule().checkInClosesAt());
  }

  static EvaluationOpened evaluationOpened(VotingRound round, List<UUID> projectIds, Instant at) {
    return new EvaluationOpened(
        round.id().toString(),
        round.congressId(),
        round.year(),
        projectIds.stream().map(UUID::toString).toList(),
        at);
  }

  static VoterCheckedIn checkedIn(VotingRound round, UUID deputyId, Instant at, boolean byStaff) {
    return new VoterCheckedIn(
        round.id().toString(), round.congressId(), deputyId.toString(), at, byStaff);
  }

  static BallotCast cast(UUID roundId, String congressId, UUID deputyId, LocalDate castOn) {
    return new BallotCast(roundId.toString(), congressId, deputyId.toString(), castOn);
  }

  static BallotClosed closed(VotingRound round, Tally tally, String boardDigest, Instant at) {
    Tally.BallotCounts counts = tally.counts();
    return new BallotClosed(
        round.id().toString(),
        round.congressId(),
        counts.entitled(),
        counts.checkedIn(),
        counts.participations(),
        counts.ballotsCounted(),
        boardDigest,
        tally.tie(),
        at);
  }

  static ProjectsSelected selected(
      VotingRound round,
      List<ProjectsSelected.SelectedProject> projects,
      String tieDecision,
      Instant at) {
    return new ProjectsSelected(
        round.id().toString(), round.congressId(), round.year(), projects, tieDecision, at);
  }

  static RoundCancelled cancelled(VotingRound round, RoundPhase phase, Instant at) {
    return new RoundCancelled(
        round.id().toString(),
        round.congressId(),
        round.year(),
        phase.name(),
        round.cancellationReason(),
        at);
  }
}
