package cn.gov.jinshan.congress.supervision.domain;

/** What a satisfaction evaluation rates. */
public enum EvaluationSubject implements Labelled {
  REPORT("专项工作报告"),
  RECTIFICATION("审议意见整改情况"),
  PERFORMANCE("述职");

  private final String label;

  EvaluationSubject(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
