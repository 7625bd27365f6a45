package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import cn.gov.jinshan.congress.voting.domain.Labelled;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.RoundSchedule;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.CandidateRepository;
import cn.gov.jinshan.congress.voting.repository.ProjectRepository;
import cn.gov.jinshan.congress.voting.repository.RoundResultRepository;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The yearly round and its phases. Staff run it; everyone in the congress reads it. */
@ApplicationScoped
public class RoundService {
  private final VotingRoundRepository rounds;
  private final CandidateRepository candidates;
  private final RoundResultRepository results;
  private final ProjectRepository projects;
  private final EntitledVoters voters;
  private final CongressScope scope;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final Clock clock;

  public RoundService(
      VotingRoundRepository rounds,
      CandidateRepository candidates,
      RoundResultRepository results,
      ProjectRepository projects,
      EntitledVoters voters,
      CongressScope scope,
      OutboxWriter outbox,
      CurrentUser user,
      Clock clock) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.results = results;
    this.projects = projects;
    this.voters = voters;
    this.scope = scope;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
  }

  @Transactional
  public VotingRound create(CreateRound command) {
    if (rounds.yearTaken(user.congressId(), command.year())) {
      throw ProblemException.conflict("round.year.exists", Integer.toString(command.year()));
    }
    VotingRound round =
        VotingRound.open(
            user.congressId(),
            command.year(),
            command.title(),
            command.projectsToSelect(),
            new RoundSchedule(
                command.collectingEndsOn(),
                command.screeningEndsOn(),
                command.votingOn(),
                command.checkInOpensAt(),
                command.checkInClosesAt(),
                command.implementingEndsOn(),
                command.evaluatingEndsOn()),
            clock.instant());
    rounds.persist(round);
    rounds.flush();
    return round;
  }

  /**
   * Moves the round one phase on. Entering VOTING opens the ballot with the shortlist and fixes the
   * number of entitled deputies; entering IMPLEMENTING needs a final result; entering EVALUATING
   * opens the year-end rating (EvaluationOpened).
   */
  @Transactional
  public VotingRound changePhase(UUID id, ChangePhase command, String ifMatch) {
    VotingRound round = require(id);
    Etags.requireMatch(ifMatch, round.version());
    Instant now = clock.instant();
    switch (command.phase()) {
      case COLLECTING, CANCELLED ->
          throw ProblemException.invalidState(
              "round.phase.illegal", Labelled.codesThenLabels(round.phase(), command.phase()));
      case SCREENING -> round.startScreening(now);
      case VOTING -> openBallot(round, now);
      case IMPLEMENTING ->
          round.startImplementing(
              results
                  .findInCongress(round.congressId(), round.id())
                  .map(r -> r.isFinal())
                  .orElse(false),
              now);
      case EVALUATING -> startEvaluating(round, now);
      case FINISHED -> round.finish(now);
    }
    rounds.flush();
    return round;
  }

  /**
   * Cancels a round before its ballot opens (409 naming the phase afterwards): the reason is kept,
   * RoundCancelled goes out, and the year is free for another round.
   */
  @Transactional
  public VotingRound cancel(UUID id, CancelRound command, String ifMatch) {
    VotingRound round = require(id);
    Etags.requireMatch(ifMatch, round.version());
    RoundPhase phase = round.phase();
    Instant now = clock.instant();
    round.cancel(command.reason(), user.subject(), now);
    rounds.flush();
    outbox.append(RoundEvents.cancelled(round, phase, now), user.subject());
    return round;
  }

  private void openBallot(VotingRound round, Instant now) {
    List<Candidate> shortlist =
        candidates.withStatus(round.congressId(), round.id(), CandidateStatus.SHORTLISTED);
    long unscreened =
        candidates.countWithStatus(round.congressId(), round.id(), CandidateStatus.PROPOSED);
    int entitled = (int) voters.count(round.congressId());
    round.openBallot(shortlist.size(), (int) unscreened, entitled, now);
    outbox.append(RoundEvents.opened(round, shortlist, entitled, now), user.subject());
  }

  /** The year-end rating of the round's projects opens: deputies are to rate each of them. */
  private void startEvaluating(VotingRound round, Instant now) {
    round.startEvaluating(now);
    List<UUID> projectIds = projects.idsOfRound(round.congressId(), round.id());
    outbox.append(RoundEvents.evaluationOpened(round, projectIds, now), user.subject());
  }

  /** A round of the caller's congress, or of a town below it for a cross-congress reader. */
  @Transactional
  public VotingRound get(UUID id) {
    return rounds
        .findByIdOptional(id)
        .filter(r -> scope.visible(r.congressId()))
        .orElseThrow(() -> NotFound.of("round", id));
  }

  /** The rounds of the caller's congress, or of {@code congressId} when readable (403 if not). */
  @Transactional
  public List<VotingRound> list(String congressId, Integer beforeYear, UUID beforeId, int limit) {
    return rounds.list(scope.readable(congressId), beforeYear, beforeId, limit);
  }

  @Transactional
  public List<DeputyCopy> entitledVoters(
      String congressId, String afterName, UUID afterId, int limit) {
    return voters.page(scope.readable(congressId), afterName, afterId, limit);
  }

  VotingRound require(UUID id) {
    return rounds.findInCongress(user.congressId(), id).orElseThrow(() -> NotFound.of("round", id));
  }
}
