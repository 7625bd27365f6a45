package cn.gov.jinshan.congress.deputies.domain;

/** How an activity came on the record. */
public enum ActivitySource implements Labelled {
  MANUAL("手工登记"),
  EVENT("系统自动记录");

  private final String label;

  ActivitySource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
