package cn.gov.jinshan.congress.supervision.domain;

/** An evaluation is open for ratings until staff complete it. */
public enum EvaluationStatus implements Labelled {
  OPEN("测评中"),
  COMPLETED("已完成");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
