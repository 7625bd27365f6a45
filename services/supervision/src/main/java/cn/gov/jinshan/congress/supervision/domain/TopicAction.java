package cn.gov.jinshan.congress.supervision.domain;

/** The steps on a topic that only some states allow, named in problem details. */
public enum TopicAction implements Labelled {
  VISIT("visit", "登记调研视察"),
  REPORT("report", "提交工作报告"),
  ATTENDANCE("attendance", "登记会议出席"),
  QUESTION("question", "询问"),
  OPINION("opinion", "提出审议意见"),
  RECTIFICATION("rectification", "报告整改情况"),
  EVALUATION("evaluation", "开展满意度测评");

  private final String code;
  private final String label;

  TopicAction(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The name in English messages (as before: lower case). */
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
