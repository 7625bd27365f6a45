package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.voting.CandidateProposed;
import cn.gov.jinshan.congress.contracts.voting.CandidateScreened;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.Candidate.Proposer;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.CandidateRepository;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Candidates: proposal (COLLECTING) and screening (SCREENING). */
@ApplicationScoped
public class CandidateService {
  private final VotingRoundRepository rounds;
  private final RoundService readable;
  private final CandidateRepository candidates;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final Clock clock;

  public CandidateService(
      VotingRoundRepository rounds,
      RoundService readable,
      CandidateRepository candidates,
      OutboxWriter outbox,
      CurrentUser user,
      Clock clock) {
    this.rounds = rounds;
    this.readable = readable;
    this.candidates = candidates;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
  }

  @Transactional
  public Candidate propose(UUID roundId, ProposeCandidate command) {
    VotingRound round = round(roundId);
    Candidate candidate =
        Candidate.propose(
            round,
            command.title(),
            command.description(),
            proposer(command),
            user.subject(),
            clock.instant());
    candidates.persist(candidate);
    candidates.flush();
    outbox.append(
        new CandidateProposed(
            candidate.id().toString(),
            round.id().toString(),
            round.congressId(),
            candidate.title(),
            candidate.source().name(),
            str(candidate.proposerDeputyId()),
            candidate.proposerDepartmentId(),
            str(candidate.suggestionId()),
            candidate.createdAt()),
        user.subject());
    return candidate;
  }

  /** The role decides the source: department, deputy (with suggestion) or staff for the public. */
  private Proposer proposer(ProposeCandidate command) {
    if (user.hasRole(Roles.STAFF)) {
      return Proposer.publicOnes();
    }
    if (user.hasRole(Roles.DEPARTMENT)) {
      return Proposer.department(
          user.departmentId()
              .orElseThrow(() -> ProblemException.forbidden("candidate.no-department")));
    }
    UUID deputy =
        user.deputyId().orElseThrow(() -> ProblemException.forbidden("candidate.no-deputy"));
    return Proposer.deputy(deputy, command.suggestionId());
  }

  @Transactional
  public Candidate screen(UUID roundId, UUID id, ScreenCandidate command, String ifMatch) {
    VotingRound round = round(roundId);
    Candidate candidate = require(round, id);
    Etags.requireMatch(ifMatch, candidate.version());
    Instant now = clock.instant();
    if (command.outcome() == ScreenCandidate.Outcome.SHORTLISTED) {
      if (blank(command.feasibility())
          || command.estimatedCost() == null
          || blank(command.responsibleDepartmentId())) {
        throw ProblemException.businessRule("candidate.screening.incomplete");
      }
      candidate.shortlist(
          round,
          command.feasibility(),
          command.estimatedCost(),
          command.responsibleDepartmentId(),
          now);
    } else {
      if (blank(command.rejectionReason())) {
        throw ProblemException.businessRule("candidate.rejection.reason");
      }
      candidate.reject(round, command.rejectionReason(), now);
    }
    candidates.flush();
    outbox.append(
        new CandidateScreened(
            candidate.id().toString(),
            round.id().toString(),
            round.congressId(),
            candidate.status().name(),
            candidate.feasibility(),
            candidate.estimatedCost() == null ? null : candidate.estimatedCost().toPlainString(),
            candidate.responsibleDepartmentId(),
            candidate.rejectionReason()),
        user.subject());
    return candidate;
  }

  @Transactional
  public Candidate get(UUID roundId, UUID id) {
    return require(readable.get(roundId), id);
  }

  @Transactional
  public List<Candidate> list(
      UUID roundId, CandidateStatus status, Instant afterCreated, UUID afterId, int limit) {
    VotingRound round = readable.get(roundId);
    return candidates.page(round.congressId(), round.id(), status, afterCreated, afterId, limit);
  }

  private VotingRound round(UUID id) {
    return rounds.findInCongress(user.congressId(), id).orElseThrow(() -> NotFound.of("round", id));
  }

  private Candidate require(VotingRound round, UUID id) {
    return candidates
        .findInRound(round.congressId(), round.id(), id)
        .orElseThrow(() -> NotFound.of("candidate", id));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }
}
