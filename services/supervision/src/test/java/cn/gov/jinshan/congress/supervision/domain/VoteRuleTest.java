package cn.gov.jinshan.congress.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The satisfaction vote rule at its edges: exactly half is not "more than half". */
class VoteRuleTest {
  private final VoteRule rule = new VoteRule(0.5, 0.5);

  @Test
  void shouldNotAskForReReportWhenExactlyHalfAreDissatisfied() {
    // 5 of 10 dissatisfied: not more than half; but B + D = 5 + 0 is not more than half either
    assertThat(rule.decide(5, 0, 5)).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void shouldAskForReReportWhenDissatisfiedAreHalfPlusOne() {
    assertThat(rule.decide(4, 0, 6)).isEqualTo(Outcome.RE_REPORT);
  }

  @Test
  void shouldAskForReReportWhenDissatisfiedExceedHalfOfAnOddCount() {
    assertThat(rule.decide(2, 0, 3)).isEqualTo(Outcome.RE_REPORT);
    assertThat(rule.decide(3, 0, 2)).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void shouldNotAskForWrittenRectificationWhenBasicallyPlusDissatisfiedAreExactlyHalf() {
    assertThat(rule.decide(5, 3, 2)).isEqualTo(Outcome.SATISFIED);
  }

  @Test
  void shouldAskForWrittenRectificationWhenBasicallyPlusDissatisfiedAreHalfPlusOne() {
    assertThat(rule.decide(4, 4, 2)).isEqualTo(Outcome.WRITTEN_RECTIFICATION);
    assertThat(rule.decide(4, 6, 0)).isEqualTo(Outcome.WRITTEN_RECTIFICATION);
  }

  @Test
  void shouldPreferReReportOverWrittenRectification() {
    assertThat(rule.decide(0, 4, 6)).isEqualTo(Outcome.RE_REPORT);
  }

  @Test
  void shouldCountOnlyVotesCastNotMembersPresent() {
    // a single dissatisfied vote out of one cast exceeds half
    assertThat(rule.decide(0, 0, 1)).isEqualTo(Outcome.RE_REPORT);
  }

  @Test
  void shouldFollowConfiguredShares() {
    VoteRule twoThirds = new VoteRule(2.0 / 3, 2.0 / 3);
    assertThat(twoThirds.decide(4, 0, 6)).isEqualTo(Outcome.SATISFIED);
    assertThat(twoThirds.decide(3, 0, 7)).isEqualTo(Outcome.RE_REPORT);
  }
}
