package cn.gov.jinshan.congress.voting.domain;

/** A mark on the ballot for one candidate. */
public enum Choice implements Labelled {
  FOR("赞成"),
  AGAINST("反对"),
  ABSTAIN("弃权");

  private final String label;

  Choice(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
