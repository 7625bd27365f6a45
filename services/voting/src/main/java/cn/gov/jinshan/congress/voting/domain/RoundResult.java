package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The official result of a round's ballot, written once when staff close it: the tally as published
 * (JSON), the digest of the public board, and, when the cut-off was tied, the recorded decision
 * that resolved it.
 */
@Entity
public class RoundResult {
  public static final String FINAL = "FINAL";
  public static final String TIE_PENDING = "TIE_PENDING";

  @Id private UUID roundId;

  @Column(nullable = false, updatable = false)
  private String congressId;

  private String status;

  @Column(nullable = false, updatable = false)
  private String tally;

  @Column(nullable = false, updatable = false)
  private String boardDigest;

  @Column(nullable = false, updatable = false)
  private Instant closedAt;

  @Column(nullable = false, updatable = false)
  private String closedBy;

  private String tieDecision;

  private String tieDecidedBy;

  private Instant tieDecidedAt;

  private String selectedCandidates;

  @Version private long version;

  protected RoundResult() {}

  public static RoundResult record(
      VotingRound round,
      Tally tally,
      String tallyJson,
      String boardDigest,
      String closedBy,
      Instant now) {
    RoundResult result = new RoundResult();
    result.roundId = round.id();
    result.congressId = round.congressId();
    result.tally = tallyJson;
    result.boardDigest = boardDigest;
    result.closedAt = now;
    result.closedBy = closedBy;
    if (tally.tie()) {
      result.status = TIE_PENDING;
    } else {
      result.status = FINAL;
      result.selectedCandidates = join(tally.selected());
    }
    return result;
  }

  /**
   * Staff resolve a tie at the cut-off by a recorded decision (e.g. a further vote or the
   * chairpersons' meeting): they choose exactly the open seats among the TIED candidates.
   */
  public List<UUID> resolveTie(
      Tally tally, List<UUID> chosen, String decision, String decidedBy, Instant now) {
    if (!TIE_PENDING.equals(status)) {
      throw RuleViolation.invalidState(
          "result.no-tie", status, FINAL.equals(status) ? "已确定" : "末位同票待决");
    }
    Set<UUID> unique = new HashSet<>(chosen);
    if (unique.size() != chosen.size()
        || chosen.size() != tally.seatsInTie()
        || !tally.tied().containsAll(unique)) {
      throw RuleViolation.businessRule("result.tie.choice", tally.seatsInTie(), tally.tied());
    }
    List<UUID> selected = new java.util.ArrayList<>(tally.selected());
    selected.addAll(chosen);
    this.selectedCandidates = join(selected);
    this.tieDecision = decision.strip();
    this.tieDecidedBy = decidedBy;
    this.tieDecidedAt = now;
    this.status = FINAL;
    return List.copyOf(selected);
  }

  public boolean isFinal() {
    return FINAL.equals(status);
  }

  public List<UUID> selectedCandidates() {
    if (selectedCandidates == null || selectedCandidates.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(selectedCandidates.split(",")).map(UUID::fromString).toList();
  }

  private static String join(List<UUID> ids) {
    return String.join(",", ids.stream().map(UUID::toString).toList());
  }

  public UUID roundId() {
    return roundId;
  }

  public String congressId() {
    return congressId;
  }

  public String status() {
    return status;
  }

  public String tally() {
    return tally;
  }

  public String boardDigest() {
    return boardDigest;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  public String tieDecision() {
    return tieDecision;
  }

  public String tieDecidedBy() {
    return tieDecidedBy;
  }

  public Instant tieDecidedAt() {
    return tieDecidedAt;
  }

  public long version() {
    return version;
  }
}
