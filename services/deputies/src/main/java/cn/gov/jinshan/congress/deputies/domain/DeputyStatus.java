package cn.gov.jinshan.congress.deputies.domain;

/** A deputy's status. TERMINATED is final; SUSPENDED can return to ACTIVE. */
public enum DeputyStatus implements Labelled {
  ACTIVE("在任"),
  SUSPENDED("暂停执行代表职务"),
  TERMINATED("代表资格终止");

  private final String label;

  DeputyStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean canChangeTo(DeputyStatus next) {
    return switch (this) {
      case ACTIVE -> next == SUSPENDED || next == TERMINATED;
      case SUSPENDED -> next == ACTIVE || next == TERMINATED;
      case TERMINATED -> false;
    };
  }
}
