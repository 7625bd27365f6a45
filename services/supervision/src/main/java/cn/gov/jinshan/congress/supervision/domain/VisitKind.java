package cn.gov.jinshan.congress.supervision.domain;

/** A 看 visit: research (调研) or inspection (视察). */
public enum VisitKind implements Labelled {
  RESEARCH("调研"),
  INSPECTION("视察");

  private final String label;

  VisitKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
