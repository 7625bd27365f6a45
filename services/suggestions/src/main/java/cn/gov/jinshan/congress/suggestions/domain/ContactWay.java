package cn.gov.jinshan.congress.suggestions.domain;

/** How the department contacted the deputy. */
public enum ContactWay implements Labelled {
  FACE_TO_FACE("当面"),
  PHONE("电话"),
  SITE_VISIT("实地走访");

  private final String label;

  ContactWay(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
