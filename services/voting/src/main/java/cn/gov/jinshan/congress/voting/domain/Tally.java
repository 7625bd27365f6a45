package cn.gov.jinshan.congress.voting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The count of a closed ballot and its outcome under the counting rule: a candidate passes when its
 * FOR votes exceed {@code fraction} of the majority base (default: more than half of all entitled
 * deputies); among those, the top N by FOR are selected. When the N-th and the next passing
 * candidate have the same FOR votes, the candidates at the cut-off are marked TIED and the result
 * waits for a recorded decision by staff: a tie is never broken silently.
 *
 * @param votesNeeded the least FOR votes that pass: floor(base × fraction) + 1
 * @param seatsInTie the projects still to choose among the TIED candidates (0 without a tie)
 */
public record Tally(
    int projectsToSelect,
    MajorityBase majorityBase,
    BigDecimal fraction,
    int majorityBaseCount,
    int votesNeeded,
    BallotCounts counts,
    boolean tie,
    int seatsInTie,
    List<Line> lines) {

  /** What a candidate got and what came of it. */
  public record Line(
      UUID candidateId,
      String title,
      int forVotes,
      int againstVotes,
      int abstainVotes,
      boolean passed,
      Outcome outcome) {}

  /** The outcome of a candidate. */
  public enum Outcome {
    SELECTED,
    TIED,
    NOT_SELECTED
  }

  /** The counting rule (configurable). */
  public record Rule(MajorityBase base, BigDecimal fraction) {}

  /**
   * The numbers of the ballot: who could vote, who came, who took part, what was counted.
   *
   * @param paperBallotsIssued paper ballots handed to checked-in deputies (发出)
   * @param paperBallotsReturned paper ballots entered by staff (收回); at most as many as issued
   */
  public record BallotCounts(
      int entitled,
      int checkedIn,
      int participations,
      int electronicBallots,
      int paperBallotsIssued,
      int paperBallotsReturned) {
    public int ballotsCounted() {
      return electronicBallots + paperBallotsReturned;
    }
  }

  /** The raw count of one candidate. */
  public record CandidateCount(
      UUID candidateId, String title, int forVotes, int against, int abstain) {}

  public static Tally count(
      Rule rule, int projectsToSelect, BallotCounts counts, List<CandidateCount> candidates) {
    int base =
        switch (rule.base()) {
          case ENTITLED -> counts.entitled();
          case CHECKED_IN -> counts.checkedIn();
          case BALLOTS_CAST -> counts.ballotsCounted();
        };
    int needed =
        BigDecimal.valueOf(base)
                .multiply(rule.fraction())
                .setScale(0, RoundingMode.FLOOR)
                .intValueExact()
            + 1;
    List<CandidateCount> ordered = new ArrayList<>(candidates);
    ordered.sort(
        Comparator.comparingInt(CandidateCount::forVotes)
            .reversed()
            .thenComparing(CandidateCount::title)
            .thenComparing(CandidateCount::candidateId));
    List<CandidateCount> passing = ordered.stream().filter(c -> c.forVotes() >= needed).toList();

    int cutOff = Integer.MIN_VALUE;
    boolean tie = false;
    int seatsInTie = 0;
    if (passing.size() > projectsToSelect) {
      cutOff = passing.get(projectsToSelect - 1).forVotes();
      int last = cutOff;
      long above = passing.stream().filter(c -> c.forVotes() > last).count();
      long atCut = passing.stream().filter(c -> c.forVotes() == last).count();
      tie = above + atCut > projectsToSelect;
      seatsInTie = tie ? projectsToSelect - (int) above : 0;
    }
    List<Line> lines = new ArrayList<>();
    for (CandidateCount c : ordered) {
      boolean passed = c.forVotes() >= needed;
      Outcome outcome;
      if (!passed) {
        outcome = Outcome.NOT_SELECTED;
      } else if (passing.size() <= projectsToSelect || c.forVotes() > cutOff) {
        outcome = Outcome.SELECTED;
      } else if (c.forVotes() == cutOff) {
        outcome = tie ? Outcome.TIED : Outcome.SELECTED;
      } else {
        outcome = Outcome.NOT_SELECTED;
      }
      lines.add(
          new Line(
              c.candidateId(), c.title(), c.forVotes(), c.against(), c.abstain(), passed, outcome));
    }
    return new Tally(
        projectsToSelect,
        rule.base(),
        rule.fraction(),
        base,
        needed,
        counts,
        tie,
        seatsInTie,
        List.copyOf(lines));
  }

  /** The candidates selected outright (without the tied ones). */
  public List<UUID> selected() {
    return lines.stream()
        .filter(l -> l.outcome() == Outcome.SELECTED)
        .map(Line::candidateId)
        .toList();
  }

  public List<UUID> tied() {
    return lines.stream().filter(l -> l.outcome() == Outcome.TIED).map(Line::candidateId).toList();
  }

  /** Whether another count has the same votes per candidate (the recount check). */
  public boolean sameVotesAs(Tally other) {
    return votesOf(this).equals(votesOf(other));
  }

  private static List<String> votesOf(Tally tally) {
    return tally.lines.stream()
        .map(
            l ->
                l.candidateId()
                    + ":"
                    + l.forVotes()
                    + "/"
                    + l.againstVotes()
                    + "/"
                    + l.abstainVotes()
                    + "/"
                    + l.outcome())
        .sorted()
        .toList();
  }
}
