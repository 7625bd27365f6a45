package cn.gov.jinshan.congress.deputies.domain;

/** A deputy's gender. */
public enum Gender implements Labelled {
  MALE("男"),
  FEMALE("女");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
