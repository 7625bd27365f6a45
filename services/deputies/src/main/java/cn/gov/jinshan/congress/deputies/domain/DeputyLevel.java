package cn.gov.jinshan.congress.deputies.domain;

/** The level of congress a deputy was elected to. */
public enum DeputyLevel implements Labelled {
  CITY("市人大代表"),
  DISTRICT("区人大代表"),
  TOWN("镇人大代表");

  private final String label;

  DeputyLevel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
