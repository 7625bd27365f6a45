package cn.gov.jinshan.congress.supervision.domain;

/** Where a follow-up supervision subject comes from. */
public enum SubjectSource implements Labelled {
  LIVELIHOOD_PROJECT("民心工程实事项目"),
  KEY_SUGGESTION("重点督办建议");

  private final String label;

  SubjectSource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
