package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.voting.domain.BallotChannel;
import cn.gov.jinshan.congress.voting.domain.BallotPaper;
import cn.gov.jinshan.congress.voting.domain.Choice;
import cn.gov.jinshan.congress.voting.domain.Labelled;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.Receipt;
import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository.BallotState;
import cn.gov.jinshan.congress.voting.repository.PaperBallotCounter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The secret ballot: a deputy's electronic ballot, a paper ballot issued to a deputy, and paper
 * ballots entered from the box.
 *
 * <p>Secrecy: a ballot is written as two unrelated facts in one transaction - a participation row
 * (deputy, round) and a ballot row under a random id with the hash of a random receipt code.
 * Nothing here logs, and the receipt code leaves only in the response. Retries of a cast are not
 * replayed by Idempotency-Key on purpose: the idempotency table would store the response (the
 * receipt code) next to the deputy's subject; a repeated cast is refused with 409 instead.
 */
@ApplicationScoped
public class BallotCasting {
  private final BallotBoxRepository box;
  private final PaperBallotCounter paperBallots;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final Clock clock;
  private final PlatformZone zone;

  public BallotCasting(
      BallotBoxRepository box,
      PaperBallotCounter paperBallots,
      OutboxWriter outbox,
      CurrentUser user,
      Clock clock,
      PlatformZone zone) {
    this.box = box;
    this.paperBallots = paperBallots;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
    this.zone = zone;
  }

  /** A checked-in entitled deputy casts their one electronic ballot. */
  @Transactional
  public CastReceipt cast(UUID roundId, CastBallot command) {
    String congress = user.congressId();
    UUID deputyId =
        user.deputyId().orElseThrow(() -> ProblemException.forbidden("ballot.no-deputy"));
    BallotState round = lockOpenBallot(congress, roundId, deputyId);
    requireCheckedInVoter(round);
    BallotPaper paper = paper(command, round);
    String code = Receipt.newCode();
    if (!box.participateAndDeposit(
        congress, roundId, deputyId, Receipt.hash(code), paper.marks())) {
      throw ProblemException.conflict("ballot.already-cast");
    }
    announceCast(congress, roundId, deputyId);
    return new CastReceipt(code, false);
  }

  /**
   * Staff hand a checked-in deputy a paper ballot (发票): that is the deputy's one ballot, so they
   * can no longer vote electronically; the paper comes back anonymously through the box.
   */
  @Transactional
  public void issuePaper(UUID roundId, IssuePaperBallot command) {
    String congress = user.congressId();
    BallotState round = lockOpenBallot(congress, roundId, command.deputyId());
    requireCheckedInVoter(round);
    if (!box.participate(congress, roundId, command.deputyId(), BallotChannel.PAPER)) {
      throw ProblemException.conflict("ballot.already-cast");
    }
    paperBallots.issue(congress, roundId);
    announceCast(congress, roundId, command.deputyId());
  }

  /**
   * Staff enter a paper ballot taken from the box. It carries no deputy; it is checked and counted
   * like an electronic one. No more paper ballots can come back than were issued (收回 ≤ 发出): the
   * issued/returned counter decides, as the last statement, so entries run side by side and only
   * queue on that row for the moment of their commit. An entry over the count is rolled back whole.
   */
  @Transactional
  public CastReceipt enterPaper(UUID roundId, CastBallot command) {
    String congress = user.congressId();
    // Shared, like an electronic ballot: entries do not wait for each other, closing waits for
    // them.
    BallotPaper paper = paper(command, lockOpenBallot(congress, roundId, null));
    String code = Receipt.newCode();
    box.deposit(congress, roundId, Receipt.hash(code), true, paper.marks());
    if (!paperBallots.returnOne(congress, roundId)) {
      throw ProblemException.businessRule(
          "ballot.paper.more-than-issued", paperBallots.issued(congress, roundId));
    }
    return new CastReceipt(code, true);
  }

  /** The round, locked shared, when its ballot is open; 404 or 409 otherwise. */
  private BallotState lockOpenBallot(String congress, UUID roundId, UUID deputyId) {
    BallotState round = box.lockRoundShared(congress, roundId, deputyId);
    if (round == null) {
      throw NotFound.of("round", roundId);
    }
    if (round.phase() != RoundPhase.VOTING) {
      throw ProblemException.invalidState(
          "round.phase.required", Labelled.codesThenLabels(round.phase(), RoundPhase.VOTING));
    }
    if (round.ballotClosed()) {
      throw ProblemException.invalidState("round.ballot.closed");
    }
    return round;
  }

  private BallotPaper paper(CastBallot command, BallotState round) {
    Map<UUID, Choice> marks = new LinkedHashMap<>();
    for (CastBallot.Mark mark : command.choices()) {
      if (marks.put(mark.candidateId(), mark.choice()) != null) {
        throw ProblemException.businessRule("ballot.candidate.twice", mark.candidateId());
      }
    }
    return BallotPaper.of(marks, round.shortlist(), round.projectsToSelect());
  }

  /** Only an entitled deputy of the round's congress who is checked in takes part. */
  private static void requireCheckedInVoter(BallotState round) {
    if (!round.entitled()) {
      throw ProblemException.forbidden("ballot.not-entitled");
    }
    if (!round.checkedIn()) {
      throw ProblemException.forbidden("ballot.not-checked-in");
    }
  }

  /** BallotCast says who took part and on which day, never what they voted. */
  private void announceCast(String congress, UUID roundId, UUID deputyId) {
    outbox.append(RoundEvents.cast(roundId, congress, deputyId, zone.today(clock)), user.subject());
  }

  /** What the voter gets once: the receipt code. It is stored nowhere. */
  public record CastReceipt(String receiptCode, boolean paper) {}
}
