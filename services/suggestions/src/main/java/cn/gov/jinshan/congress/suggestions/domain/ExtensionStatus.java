package cn.gov.jinshan.congress.suggestions.domain;

/** An extension request's decision. */
public enum ExtensionStatus implements Labelled {
  PENDING("待审批"),
  APPROVED("已批准"),
  REJECTED("未批准");

  private final String label;

  ExtensionStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
