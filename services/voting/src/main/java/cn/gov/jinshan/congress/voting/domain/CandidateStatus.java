package cn.gov.jinshan.congress.voting.domain;

/** A candidate's screening status. Only SHORTLISTED candidates are on the ballot. */
public enum CandidateStatus implements Labelled {
  PROPOSED("已征集"),
  SHORTLISTED("初定候选"),
  REJECTED("未列入");

  private final String label;

  CandidateStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
