package cn.gov.jinshan.congress.suggestions.domain;

/** A department's task on an item. */
public enum TaskState implements Labelled {
  ASSIGNED("待签收"),
  SIGNED("已签收"),
  SENT_BACK("已退办"),
  WITHDRAWN("已撤回"),
  OPINION_GIVEN("已提出协办意见");

  private final String label;

  TaskState(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
