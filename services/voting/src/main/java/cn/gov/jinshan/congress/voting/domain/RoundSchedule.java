package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The published dates of a round: when each phase is planned to end, the session day of the ballot
 * and its check-in window. Dates must follow the order of the phases.
 */
public record RoundSchedule(
    LocalDate collectingEndsOn,
    LocalDate screeningEndsOn,
    LocalDate votingOn,
    Instant checkInOpensAt,
    Instant checkInClosesAt,
    LocalDate implementingEndsOn,
    LocalDate evaluatingEndsOn) {

  /**
   * @throws RuleViolation (business rule) when the dates are out of order
   */
  public void validate() {
    boolean ordered =
        !collectingEndsOn.isAfter(screeningEndsOn)
            && !screeningEndsOn.isAfter(votingOn)
            && checkInOpensAt.isBefore(checkInClosesAt)
            && votingOn.isBefore(implementingEndsOn)
            && !implementingEndsOn.isAfter(evaluatingEndsOn);
    if (!ordered) {
      throw RuleViolation.businessRule("round.schedule.order");
    }
  }
}
