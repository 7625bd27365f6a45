package cn.gov.jinshan.congress.suggestions.domain;

/** The class of a formal reply. */
public enum ReplyClass implements Labelled {
  A("已解决或基本解决"),
  B("正在解决或列入计划解决"),
  C("因条件限制需今后研究解决"),
  D("留作参考");

  private final String label;

  ReplyClass(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
