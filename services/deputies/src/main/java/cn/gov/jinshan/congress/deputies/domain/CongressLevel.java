package cn.gov.jinshan.congress.deputies.domain;

/** The level of a congress served by the platform. */
public enum CongressLevel implements Labelled {
  DISTRICT("区人大"),
  TOWN("镇人大");

  private final String label;

  CongressLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
