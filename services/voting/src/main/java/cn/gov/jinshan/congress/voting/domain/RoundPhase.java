package cn.gov.jinshan.congress.voting.domain;

/**
 * The dated phases of a yearly round, in their only order; CANCELLED is outside that order: staff
 * may end a round there before its ballot opens, and nothing follows it.
 */
public enum RoundPhase implements Labelled {
  COLLECTING("征集"),
  SCREENING("论证初定"),
  VOTING("票决"),
  IMPLEMENTING("实施"),
  EVALUATING("年终满意度测评"),
  FINISHED("结束"),
  CANCELLED("已撤销");

  private final String label;

  RoundPhase(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The phase after this one; FINISHED and CANCELLED have none. */
  public RoundPhase next() {
    return this == FINISHED || this == CANCELLED ? null : values()[ordinal() + 1];
  }

  /** Whether the round may still be cancelled: only before its ballot opens. */
  public boolean isBeforeBallot() {
    return this == COLLECTING || this == SCREENING;
  }
}
