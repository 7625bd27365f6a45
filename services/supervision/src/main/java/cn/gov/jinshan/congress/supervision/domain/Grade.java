package cn.gov.jinshan.congress.supervision.domain;

/** A committee member's satisfaction rating (满意度测评). */
public enum Grade implements Labelled {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
