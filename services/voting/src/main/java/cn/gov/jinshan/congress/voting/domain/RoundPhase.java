package cn.gov.jinshan.congress.voting.domain;

/** The dated phases of a yearly round, in their only order. */
public enum RoundPhase implements Labelled {
  COLLECTING("征集"),
  SCREENING("论证初定"),
  VOTING("票决"),
  IMPLEMENTING("实施"),
  EVALUATING("年终满意度测评"),
  FINISHED("结束");

  private final String label;

  RoundPhase(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The phase after this one; FINISHED has none. */
  public RoundPhase next() {
    return this == FINISHED ? null : values()[ordinal() + 1];
  }
}
