package cn.gov.jinshan.congress.voting.domain;

/** Who proposed a candidate project. */
public enum CandidateSource implements Labelled {
  DEPARTMENT("政府部门"),
  DEPUTY("人大代表"),
  PUBLIC("社会公众");

  private final String label;

  CandidateSource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
