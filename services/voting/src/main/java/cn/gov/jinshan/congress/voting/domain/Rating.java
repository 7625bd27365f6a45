package cn.gov.jinshan.congress.voting.domain;

/** A deputy's year-end rating of a project's implementation. */
public enum Rating implements Labelled {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
