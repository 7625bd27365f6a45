package cn.gov.jinshan.congress.suggestions.domain;

/** The lead deputy's evaluation of a reply (满意度测评). */
public enum EvaluationResult implements Labelled {
  SATISFIED("满意"),
  BASICALLY_SATISFIED("基本满意"),
  DISSATISFIED("不满意"),
  NOT_EVALUATED("未测评");

  private final String label;

  EvaluationResult(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
