package cn.gov.jinshan.congress.voting.service;

import cn.gov.jinshan.congress.contracts.voting.BallotCast;
import cn.gov.jinshan.congress.contracts.voting.BallotClosed;
import cn.gov.jinshan.congress.contracts.voting.ProjectsSelected;
import cn.gov.jinshan.congress.contracts.voting.VoterCheckedIn;
import cn.gov.jinshan.congress.platform.http.Etags;
import cn.gov.jinshan.congress.platform.outbox.OutboxWriter;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.voting.domain.BallotChannel;
import cn.gov.jinshan.congress.voting.domain.BallotPaper;
import cn.gov.jinshan.congress.voting.domain.Candidate;
import cn.gov.jinshan.congress.voting.domain.CandidateStatus;
import cn.gov.jinshan.congress.voting.domain.Choice;
import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import cn.gov.jinshan.congress.voting.domain.Labelled;
import cn.gov.jinshan.congress.voting.domain.LivelihoodProject;
import cn.gov.jinshan.congress.voting.domain.NotFound;
import cn.gov.jinshan.congress.voting.domain.Receipt;
import cn.gov.jinshan.congress.voting.domain.RoundPhase;
import cn.gov.jinshan.congress.voting.domain.RoundResult;
import cn.gov.jinshan.congress.voting.domain.Tally;
import cn.gov.jinshan.congress.voting.domain.VotingRound;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository.BallotState;
import cn.gov.jinshan.congress.voting.repository.BallotBoxRepository.BoardEntry;
import cn.gov.jinshan.congress.voting.repository.CandidateRepository;
import cn.gov.jinshan.congress.voting.repository.CheckInRepository;
import cn.gov.jinshan.congress.voting.repository.CheckInRepository.CheckInRow;
import cn.gov.jinshan.congress.voting.repository.PaperBallotCounter;
import cn.gov.jinshan.congress.voting.repository.ProjectRepository;
import cn.gov.jinshan.congress.voting.repository.RoundResultRepository;
import cn.gov.jinshan.congress.voting.repository.VotingRoundRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Check-in, the secret ballot, counting and the public board.
 *
 * <p>Secrecy: a ballot is written as two unrelated facts in one transaction - a participation row
 * (deputy, round) and a ballot row under a random id with the hash of a random receipt code.
 * Nothing here logs, and the receipt code leaves only in the response. Retries of a cast are not
 * replayed by Idempotency-Key on purpose: the idempotency table would store the response (the
 * receipt code) next to the deputy's subject; a repeated cast is refused with 409 instead.
 */
@ApplicationScoped
public class BallotService {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final int BOARD_CHUNK = 1000;
  // the check-in window as people read it in a Chinese message (Shanghai time, no ISO letters)
  private static final java.time.format.DateTimeFormatter LOCAL_TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

  private final VotingRoundRepository rounds;
  private final CandidateRepository candidates;
  private final CheckInRepository checkIns;
  private final BallotBoxRepository box;
  private final PaperBallotCounter paperBallots;
  private final EntitledVoters voters;
  private final RoundResultRepository results;
  private final ProjectRepository projects;
  private final CongressRules rules;
  private final RoundService readable;
  private final OutboxWriter outbox;
  private final CurrentUser user;
  private final Clock clock;
  private final ObjectMapper json;

  public BallotService(
      VotingRoundRepository rounds,
      CandidateRepository candidates,
      CheckInRepository checkIns,
      BallotBoxRepository box,
      PaperBallotCounter paperBallots,
      EntitledVoters voters,
      RoundResultRepository results,
      ProjectRepository projects,
      CongressRules rules,
      RoundService readable,
      OutboxWriter outbox,
      CurrentUser user,
      Clock clock,
      ObjectMapper json) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.checkIns = checkIns;
    this.box = box;
    this.paperBallots = paperBallots;
    this.voters = voters;
    this.results = results;
    this.projects = projects;
    this.rules = rules;
    this.readable = readable;
    this.outbox = outbox;
    this.user = user;
    this.clock = clock;
    this.json = json;
  }

  // ---- check-in -------------------------------------------------------------------------------

  /**
   * Checks a deputy in at the session: staff for any entitled deputy while the ballot is open; a
   * deputy only themselves and only while the check-in window is open.
   */
  @Transactional
  public CheckedIn checkIn(UUID roundId, CheckInDeputy command) {
    VotingRound round = round(roundId);
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
            LOCAL_TIME.format(round.schedule().checkInOpensAt()),
            LOCAL_TIME.format(round.schedule().checkInClosesAt()));
      }
    }
    DeputyCopy deputy = voters.require(round.congressId(), deputyId);
    if (!checkIns.insert(round.congressId(), round.id(), deputyId, now, user.subject(), byStaff)) {
      throw ProblemException.conflict("checkin.exists", deputyId);
    }
    outbox.append(
        new VoterCheckedIn(
            round.id().toString(), round.congressId(), deputyId.toString(), now, byStaff),
        user.subject());
    return new CheckedIn(new CheckInRow(deputyId, deputy.name(), now, byStaff), round.version());
  }

  @Transactional
  public List<CheckInRow> checkIns(UUID roundId, UUID afterDeputy, int limit) {
    VotingRound round = readable.get(roundId);
    return checkIns.page(round.congressId(), round.id(), afterDeputy, limit);
  }

  // ---- casting --------------------------------------------------------------------------------

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
    outbox.append(
        new BallotCast(
            roundId.toString(),
            congress,
            deputyId.toString(),
            LocalDate.now(clock.withZone(CHINA))),
        user.subject());
  }

  // ---- closing and counting -------------------------------------------------------------------

  /**
   * Staff close the ballot. Waits for ballots in flight, checks the box against participation
   * (electronic ballots = electronic participations, paper ballots ≤ paper ballots issued, every
   * ballot marks every candidate) and refuses to publish otherwise; counts by the configured rule;
   * shuffles the ballot rows; publishes the result and the board digest. Without a tie at the
   * cut-off the projects are selected at once.
   */
  @Transactional
  public RoundResult close(UUID roundId, String ifMatch) {
    VotingRound round = round(roundId);
    rounds.lockExclusively(round);
    Etags.requireMatch(ifMatch, round.version());
    Instant now = clock.instant();
    round.closeBallot(now);
    String congress = round.congressId();
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
    Tally tally = Tally.count(rules.counting(congress), round.projectsToSelect(), counts, lines);
    box.shuffle(roundId);
    String digest = boardDigest(congress, roundId);
    RoundResult result =
        RoundResult.record(round, tally, toJson(tally), digest, user.subject(), now);
    results.persist(result);
    outbox.append(
        new BallotClosed(
            roundId.toString(),
            congress,
            counts.entitled(),
            counts.checkedIn(),
            counts.participations(),
            counts.ballotsCounted(),
            digest,
            tally.tie(),
            now),
        user.subject());
    if (!tally.tie()) {
      select(round, tally, tally.selected(), null, now);
    }
    results.flush();
    return result;
  }

  /** Staff resolve a tie at the cut-off by a recorded decision; then the projects are selected. */
  @Transactional
  public RoundResult resolveTie(UUID roundId, ResolveTie command, String ifMatch) {
    VotingRound round = round(roundId);
    RoundResult result = requireResult(round);
    Etags.requireMatch(ifMatch, result.version());
    Tally tally = tallyOf(result);
    Instant now = clock.instant();
    List<UUID> selected =
        result.resolveTie(tally, command.candidateIds(), command.decision(), user.subject(), now);
    select(round, tally, selected, result.tieDecision(), now);
    results.flush();
    return result;
  }

  private void select(
      VotingRound round, Tally tally, List<UUID> selected, String decision, Instant now) {
    Map<UUID, Integer> forVotes = new HashMap<>();
    tally.lines().forEach(l -> forVotes.put(l.candidateId(), l.forVotes()));
    List<ProjectsSelected.SelectedProject> chosen = new ArrayList<>();
    for (UUID candidateId : selected) {
      Candidate candidate =
          candidates.findInRound(round.congressId(), round.id(), candidateId).orElseThrow();
      LivelihoodProject project =
          LivelihoodProject.select(candidate, forVotes.get(candidateId), now);
      projects.persist(project);
      chosen.add(
          new ProjectsSelected.SelectedProject(
              project.id().toString(),
              candidateId.toString(),
              project.title(),
              project.responsibleDepartmentId(),
              project.forVotes()));
    }
    outbox.append(
        new ProjectsSelected(
            round.id().toString(), round.congressId(), round.year(), chosen, decision, now),
        user.subject());
  }

  // ---- results and the public board -----------------------------------------------------------

  @Transactional
  public Published result(UUID roundId) {
    VotingRound round = readable.get(roundId);
    RoundResult result = requireResult(round);
    return new Published(round, result, tallyOf(result));
  }

  /** The published result, for anyone. */
  @Transactional
  public Published publicResult(UUID roundId) {
    VotingRound round = publicRound(roundId);
    RoundResult result = requireResult(round);
    return new Published(round, result, tallyOf(result));
  }

  /** A page of the public board, in receipt-hash order (a random permutation of casting order). */
  @Transactional
  public List<BoardEntry> board(UUID roundId, String afterHash, int limit) {
    VotingRound round = publicRound(roundId);
    requireResult(round);
    return box.board(round.congressId(), round.id(), afterHash, limit);
  }

  /**
   * Recounts the whole public board ballot by ballot with the rule the result was counted by, and
   * compares it with the published result and its digest.
   */
  @Transactional
  public Recount recount(UUID roundId) {
    VotingRound round = publicRound(roundId);
    RoundResult result = requireResult(round);
    Tally published = tallyOf(result);
    Map<UUID, int[]> votes = new HashMap<>();
    published.lines().forEach(l -> votes.put(l.candidateId(), new int[3]));
    MessageDigest digest = sha256();
    int onBoard = 0;
    String after = "";
    while (true) {
      List<BoardEntry> page = box.board(round.congressId(), round.id(), after, BOARD_CHUNK);
      for (BoardEntry entry : page) {
        onBoard++;
        digest.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
        entry.marks().forEach((c, choice) -> votes.get(c)[choice.ordinal()]++);
      }
      if (page.size() < BOARD_CHUNK) {
        break;
      }
      after = page.get(page.size() - 1).receiptHash();
    }
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
    String boardDigest = java.util.HexFormat.of().formatHex(digest.digest());
    boolean same =
        recounted.sameVotesAs(published)
            && onBoard == c.ballotsCounted()
            && boardDigest.equals(result.boardDigest());
    return new Recount(same, onBoard, boardDigest, result.boardDigest(), recounted);
  }

  /** A voter finds their ballot by the receipt code; the server hashes it. */
  @Transactional
  public BoardEntry lookup(UUID roundId, String code) {
    VotingRound round = publicRound(roundId);
    requireResult(round);
    BoardEntry entry = box.findOne(round.congressId(), round.id(), Receipt.hash(code));
    if (entry == null) {
      throw NotFound.of("receipt", code.strip());
    }
    return entry;
  }

  private String boardDigest(String congress, UUID roundId) {
    MessageDigest digest = sha256();
    String after = "";
    while (true) {
      List<BoardEntry> page = box.board(congress, roundId, after, BOARD_CHUNK);
      page.forEach(e -> digest.update(canonical(e).getBytes(StandardCharsets.UTF_8)));
      if (page.size() < BOARD_CHUNK) {
        break;
      }
      after = page.get(page.size() - 1).receiptHash();
    }
    return java.util.HexFormat.of().formatHex(digest.digest());
  }

  /**
   * One board line as digested: {@code <receiptHash>:<candidateId>=<CHOICE>,...\n} with candidates
   * in ascending order of their id's text.
   */
  public static String canonical(BoardEntry entry) {
    return entry.receiptHash()
        + ":"
        + entry.marks().entrySet().stream()
            .sorted(Comparator.comparing(e -> e.getKey().toString()))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(","))
        + "\n";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private RoundResult requireResult(VotingRound round) {
    return results
        .findInCongress(round.congressId(), round.id())
        .orElseThrow(
            () ->
                ProblemException.invalidState(
                    "result.not-published", Labelled.codesThenLabels(round.phase())));
  }

  private Tally tallyOf(RoundResult result) {
    try {
      return json.readValue(result.tally(), Tally.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored tally unreadable", e);
    }
  }

  private String toJson(Tally tally) {
    try {
      return json.writeValueAsString(tally);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private VotingRound round(UUID id) {
    return rounds.findInCongress(user.congressId(), id).orElseThrow(() -> NotFound.of("round", id));
  }

  /** Public reads address a round by its id alone. */
  private VotingRound publicRound(UUID id) {
    VotingRound round = rounds.findById(id);
    if (round == null) {
      throw NotFound.of("round", id);
    }
    return round;
  }

  /** A check-in, with the round's version (unchanged by it) for the answer's ETag. */
  public record CheckedIn(CheckInRow row, long roundVersion) {}

  /** What the voter gets once: the receipt code. It is stored nowhere. */
  public record CastReceipt(String receiptCode, boolean paper) {}

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
