package cn.gov.jinshan.congress.console.session;

/** A role's part of the console: where it starts and what it is called. */
public enum Workspace {
  DEPUTY("/deputy", "代表工作台"),
  DEPARTMENT("/department", "承办单位工作台");

  private final String path;
  private final String label;

  Workspace(String path, String label) {
    this.path = path;
    this.label = label;
  }

  public String path() {
    return path;
  }

  public String label() {
    return label;
  }
}
