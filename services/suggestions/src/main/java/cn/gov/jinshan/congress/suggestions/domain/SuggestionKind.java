package cn.gov.jinshan.congress.suggestions.domain;

/** A suggestion (建议) by one or more deputies, or a motion (议案) needing a quorum of co-signers. */
public enum SuggestionKind implements Labelled {
  SUGGESTION("建议"),
  MOTION("议案");

  private final String label;

  SuggestionKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
