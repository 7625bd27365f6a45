package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The marks of one ballot, checked against the shortlist: one mark (FOR, AGAINST, ABSTAIN) for
 * every shortlisted candidate and nothing else, at most N FOR marks. A ballot over the limit is
 * invalid and refused, never counted.
 */
public final class BallotPaper {
  private final Map<UUID, Choice> marks;

  private BallotPaper(Map<UUID, Choice> marks) {
    this.marks = Collections.unmodifiableMap(marks);
  }

  /**
   * @param marks candidate → choice, in the order given
   * @param shortlist the candidates on the ballot
   * @param maxFor N, the number of projects to select
   * @throws RuleViolation (business rule) when a candidate is missing, unknown or over the FOR
   *     limit
   */
  public static BallotPaper of(Map<UUID, Choice> marks, Set<UUID> shortlist, int maxFor) {
    for (UUID candidate : marks.keySet()) {
      if (!shortlist.contains(candidate)) {
        throw RuleViolation.businessRule("ballot.candidate.unknown", candidate);
      }
    }
    if (marks.size() != shortlist.size()) {
      throw RuleViolation.businessRule(
          "ballot.incomplete", shortlist.size() - marks.size(), shortlist.size());
    }
    long forMarks = marks.values().stream().filter(c -> c == Choice.FOR).count();
    if (forMarks > maxFor) {
      throw RuleViolation.businessRule("ballot.over-limit", forMarks, maxFor);
    }
    return new BallotPaper(new LinkedHashMap<>(marks));
  }

  public Map<UUID, Choice> marks() {
    return marks;
  }
}
