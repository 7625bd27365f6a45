package cn.gov.jinshan.congress.supervision.domain;

/**
 * The satisfaction vote rule (domain.md §3): if 不满意 exceeds {@code reReportShare} of the votes
 * cast, the department reports again; otherwise if 基本满意 + 不满意 exceed {@code rectificationShare}, it
 * rectifies and reports in writing; otherwise the result is satisfied. "Exceeds" is strict: exactly
 * half is not more than half.
 */
public record VoteRule(double reReportShare, double rectificationShare) {

  public Outcome decide(int satisfied, int basicallySatisfied, int dissatisfied) {
    int cast = satisfied + basicallySatisfied + dissatisfied;
    if (dissatisfied > reReportShare * cast) {
      return Outcome.RE_REPORT;
    }
    if (basicallySatisfied + dissatisfied > rectificationShare * cast) {
      return Outcome.WRITTEN_RECTIFICATION;
    }
    return Outcome.SATISFIED;
  }
}
