package cn.gov.jinshan.congress.suggestions.domain;

/** The subject area of an item. */
public enum Category implements Labelled {
  ECONOMY("经济发展"),
  URBAN_CONSTRUCTION("城市建设"),
  EDUCATION("教育"),
  HEALTH("医疗卫生"),
  ENVIRONMENT("生态环境"),
  AGRICULTURE("农业农村"),
  CIVIL_AFFAIRS("民政"),
  PUBLIC_SECURITY("公共安全"),
  OTHER("其他");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
