package cn.gov.jinshan.congress.voting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import cn.gov.jinshan.congress.voting.domain.Tally.CandidateCount;
import cn.gov.jinshan.congress.voting.domain.Tally.Outcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The counting rule at its edges, and the ballot's validity. */
class TallyTest {
  private static final Tally.Rule DEFAULT =
      new Tally.Rule(MajorityBase.ENTITLED, new BigDecimal("0.5"));

  @Test
  void shouldNotSelectCandidateWithExactlyHalfOfEntitledDeputies() {
    Tally tally = count(DEFAULT, 1, 30, 16, 15);

    assertThat(tally.votesNeeded()).isEqualTo(16);
    assertThat(outcomes(tally)).containsExactly(Outcome.SELECTED, Outcome.NOT_SELECTED);
    assertThat(tally.lines().get(1).passed()).isFalse();
  }

  @Test
  void shouldCountHalfAgainstAllEntitledNotAgainstThosePresent() {
    // 30 entitled, 20 present: 11 FOR is a majority of those present but not of all.
    Tally tally = count(DEFAULT, 2, 30, 11);

    assertThat(outcomes(tally)).containsExactly(Outcome.NOT_SELECTED);
  }

  @Test
  void shouldUseConfiguredBase() {
    Tally tally = count(new Tally.Rule(MajorityBase.CHECKED_IN, new BigDecimal("0.5")), 2, 30, 11);

    assertThat(tally.majorityBaseCount()).isEqualTo(20);
    assertThat(outcomes(tally)).containsExactly(Outcome.SELECTED);
  }

  @Test
  void shouldHandleOddBase() {
    Tally tally = count(DEFAULT, 5, 31, 16, 15);

    assertThat(tally.votesNeeded()).isEqualTo(16);
    assertThat(outcomes(tally)).containsExactly(Outcome.SELECTED, Outcome.NOT_SELECTED);
  }

  @Test
  void shouldSelectTopNAmongThosePassing() {
    Tally tally = count(DEFAULT, 2, 30, 25, 20, 18, 10);

    assertThat(outcomes(tally))
        .containsExactly(
            Outcome.SELECTED, Outcome.SELECTED, Outcome.NOT_SELECTED, Outcome.NOT_SELECTED);
    assertThat(tally.tie()).isFalse();
  }

  @Test
  void shouldReportTieAtCutOffWithoutBreakingIt() {
    Tally tally = count(DEFAULT, 2, 30, 25, 20, 20, 10);

    assertThat(tally.tie()).isTrue();
    assertThat(tally.seatsInTie()).isEqualTo(1);
    assertThat(outcomes(tally))
        .containsExactly(Outcome.SELECTED, Outcome.TIED, Outcome.TIED, Outcome.NOT_SELECTED);
    assertThat(tally.selected()).hasSize(1);
  }

  @Test
  void shouldNotCallEqualVotesAboveTheCutOffATie() {
    Tally tally = count(DEFAULT, 2, 30, 20, 20, 18);

    assertThat(tally.tie()).isFalse();
    assertThat(outcomes(tally))
        .containsExactly(Outcome.SELECTED, Outcome.SELECTED, Outcome.NOT_SELECTED);
  }

  @Test
  void shouldSelectFewerThanNWhenFewPass() {
    Tally tally = count(DEFAULT, 3, 30, 20, 15, 15, 15);

    assertThat(tally.tie()).isFalse();
    assertThat(tally.selected()).hasSize(1);
  }

  @Test
  void shouldRefuseBallotOverTheForLimit() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    UUID c = UUID.randomUUID();

    assertThatThrownBy(
            () ->
                BallotPaper.of(
                    Map.of(a, Choice.FOR, b, Choice.FOR, c, Choice.ABSTAIN), Set.of(a, b, c), 1))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("ballot.over-limit");
    assertThat(
            BallotPaper.of(
                    Map.of(a, Choice.FOR, b, Choice.AGAINST, c, Choice.ABSTAIN), Set.of(a, b, c), 1)
                .marks())
        .hasSize(3);
  }

  @Test
  void shouldRefuseIncompleteOrForeignBallot() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();

    assertThatThrownBy(() -> BallotPaper.of(Map.of(a, Choice.FOR), Set.of(a, b), 1))
        .hasMessageContaining("ballot.incomplete");
    assertThatThrownBy(
            () ->
                BallotPaper.of(
                    Map.of(a, Choice.FOR, UUID.randomUUID(), Choice.AGAINST), Set.of(a, b), 1))
        .hasMessageContaining("ballot.candidate.unknown");
  }

  @Test
  void shouldMakeReceiptHashIgnoreTypingVariants() {
    String code = Receipt.newCode();

    assertThat(code).matches("([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]{4}");
    assertThat(Receipt.hash(code.toLowerCase().replace("-", " "))).isEqualTo(Receipt.hash(code));
    assertThat(Receipt.hash(code)).hasSize(64).isNotEqualTo(Receipt.hash(Receipt.newCode()));
  }

  private static Tally count(Tally.Rule rule, int n, int entitled, int... forVotes) {
    List<CandidateCount> counts = new ArrayList<>();
    for (int i = 0; i < forVotes.length; i++) {
      counts.add(new CandidateCount(UUID.randomUUID(), "项目" + i, forVotes[i], 0, 0));
    }
    return Tally.count(rule, n, new Tally.BallotCounts(entitled, 20, 20, 20, 0, 0), counts);
  }

  private static List<Outcome> outcomes(Tally tally) {
    return tally.lines().stream().map(Tally.Line::outcome).toList();
  }
}
