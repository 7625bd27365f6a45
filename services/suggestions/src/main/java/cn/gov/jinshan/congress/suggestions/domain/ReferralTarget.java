package cn.gov.jinshan.congress.suggestions.domain;

/** Where a town's item is referred: the district congress above it, or noted for the city. */
public enum ReferralTarget implements Labelled {
  DISTRICT("转区人大"),
  CITY("转市人大");

  private final String label;

  ReferralTarget(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
