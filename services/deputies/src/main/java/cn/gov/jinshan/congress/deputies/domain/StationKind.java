package cn.gov.jinshan.congress.deputies.domain;

/** Kinds of places where deputies meet constituents. */
public enum StationKind implements Labelled {
  PRACTICE_SITE("基层实践站点"),
  LIAISON_STATION("代表联络站"),
  DEPUTY_HOME("代表之家");

  private final String label;

  StationKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
