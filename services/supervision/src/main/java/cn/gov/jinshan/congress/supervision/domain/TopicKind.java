package cn.gov.jinshan.congress.supervision.domain;

/** The kinds of supervision topic of the annual plan (domain.md §3). */
public enum TopicKind implements Labelled {
  WORK_REPORT("专项工作报告"),
  PLAN_EXECUTION("国民经济和社会发展计划执行"),
  BUDGET("预算/决算"),
  STATE_ASSETS("国有资产管理"),
  GOVERNMENT_DEBT("政府债务管理"),
  LAW_ENFORCEMENT_INSPECTION("执法检查"),
  SPECIAL_INQUIRY("专题询问"),
  PERFORMANCE_REVIEW("述职评议"),
  JUDICIAL_REVIEW("法官检察官履职评议");

  private final String label;

  TopicKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
