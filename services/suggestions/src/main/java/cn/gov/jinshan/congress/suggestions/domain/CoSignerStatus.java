package cn.gov.jinshan.congress.suggestions.domain;

/** A co-signer's answer to the lead deputy's invitation. */
public enum CoSignerStatus implements Labelled {
  INVITED("已邀请"),
  ACCEPTED("已附议"),
  DECLINED("已谢绝");

  private final String label;

  CoSignerStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
