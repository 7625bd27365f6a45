package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.query.CheckInRow;
import cn.gov.jinshan.congress.voting.repository.CheckInRepository;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** Checking deputies in at the session (出席), and the list of those checked in. */
@ApplicationScoped
public class VoterCheckIn {
  // the check-in window as people read it in a Chinese message (platform time, no ISO letters)
  private final DateTimeFormatter localTime;

  private final VotingRoundRepository rounds;
  private final CheckInRepository checkIns;
  private final EntitledVoters voters;
  private final RoundService readable;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final Clock clock;

  public VoterCheckIn(
      VotingRoundRepository rounds,
      CheckInRepository checkIns,
      EntitledVoters voters,
      RoundService readable,
      OutboxWriter outbox,
      CurrentUser user,
      Clock clock,
      PlatformZone zone) {
    this.rounds = rounds;
    this.checkIns = checkIns;
    this.voters = voters;
    this.readable = readable;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
    this.localTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone.id());
  }

  /**
   * Checks a deputy in at the session: staff for any entitled deputy while the ballot is open; a
   * deputy only themselves and only while the check-in window is open.
   */
  @Transactional
  public CheckedIn checkIn(UUID roundId, CheckInDeputy command) {
    VotingRound round =
        rounds
            .findInCongress(user.congressId(), roundId)
            .orElseThrow(() -> NotFound.of("round", roundId));
    round.requireBallotOpen();
    Instant now = clock.instant();
    boolean byStaff = user.hasRole(Roles.STAFF);
    UUID deputyId;
    if (byStaff) {
      if (command == null || command.deputyId() == null) {
        throw ProblemException.businessRule("checkin.deputy.required");
      }
      deputyId = command.deputyId();
    } else {
      deputyId = user.deputyId().orElseThrow(() -> ProblemException.forbidden("ballot.no-deputy"));
      if (command != null && command.deputyId() != null && !command.deputyId().equals(deputyId)) {
        throw ProblemException.forbidden("checkin.not-self");
      }
      if (!round.isCheckInWindowOpen(now)) {
        throw ProblemException.invalidState(
            "checkin.window.closed",
            round.schedule().checkInOpensAt(),
            round.schedule().checkInClosesAt(),
            localTime.format(round.schedule().checkInOpensAt()),
            localTime.format(round.schedule().checkInClosesAt()));
      }
    }
    DeputyCopy deputy = voters.require(round.congressId(), deputyId);
    if (!checkIns.insert(round.congressId(), round.id(), deputyId, now, user.subject(), byStaff)) {
      throw ProblemException.conflict("checkin.exists", deputyId);
    }
    outbox.append(RoundEvents.checkedIn(round, deputyId, now, byStaff), user.subject());
    return new CheckedIn(new CheckInRow(deputyId, deputy.name(), now, byStaff), round.version());
  }

  @Transactional
  public List<CheckInRow> checkIns(UUID roundId, UUID afterDeputy, int limit) {
    VotingRound round = readable.get(roundId);
    return checkIns.page(round.congressId(), round.id(), afterDeputy, limit);
  }

  /** A check-in, with the round's version (unchanged by it) for the answer's ETag. */
  public record CheckedIn(CheckInRow row, long roundVersion) {}
}
