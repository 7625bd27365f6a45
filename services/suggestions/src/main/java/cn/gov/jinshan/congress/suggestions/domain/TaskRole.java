package cn.gov.jinshan.congress.suggestions.domain;

/** A department's role on an item. */
public enum TaskRole implements Labelled {
  LEAD("主办"),
  CO_HANDLER("协办");

  private final String label;

  TaskRole(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
