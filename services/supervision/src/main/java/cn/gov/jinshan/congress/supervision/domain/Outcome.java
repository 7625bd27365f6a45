package cn.gov.jinshan.congress.supervision.domain;

/** The result of a counted evaluation under the configured rules. */
public enum Outcome implements Labelled {
  SATISFIED("满意"),
  WRITTEN_RECTIFICATION("限期整改并书面报告"),
  RE_REPORT("重新报告");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
