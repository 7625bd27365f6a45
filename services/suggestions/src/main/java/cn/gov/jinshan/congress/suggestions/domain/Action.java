package cn.gov.jinshan.congress.suggestions.domain;

/**
 * What a caller tried to do, as named in a refusal: the English verb (the text of English messages,
 * as before) and its Chinese name for Chinese messages.
 */
public enum Action implements Labelled {
  EDIT("edit", "修改"),
  ATTACH("attach", "添加附件"),
  CO_SIGN("co-sign", "附议"),
  SUBMIT("submit", "提交"),
  REGISTER("register", "立案"),
  RETURN("return", "退回修改"),
  MERGE("merge", "并案"),
  ASSIGN("assign", "交办"),
  SIGN_FOR("sign-for", "签收"),
  SEND_BACK("send-back", "退办"),
  GIVE_OPINION("give-opinion", "提出协办意见"),
  RECORD_CONTACT("record-contact", "记录沟通联系"),
  EXTEND("extend", "延期"),
  REPLY("reply", "答复"),
  EVALUATE("evaluate", "满意度测评"),
  CLOSE("close", "办结"),
  ACCEPT("accept", "议案立案"),
  CONVERT("convert", "转为建议"),
  REFER("refer", "转交上级"),
  MARK_KEY("mark-key", "列为重点督办");

  private final String verb;
  private final String label;

  Action(String verb, String label) {
    this.verb = verb;
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The English verb, as English messages name it. */
  @Override
  public String toString() {
    return verb;
  }
}
