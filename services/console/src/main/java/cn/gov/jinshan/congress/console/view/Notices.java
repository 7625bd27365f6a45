package cn.gov.jinshan.congress.console.view;

import java.util.Map;

/**
 * The success notices a page shows after a redirect ({@code ?notice=saved}): a fixed set of codes,
 * so nothing a link carries is ever written into the page as text.
 */
public final class Notices {
  private static final Map<String, String> TEXTS =
      Map.ofEntries(
          Map.entry("draft-saved", "草稿已保存。"),
          Map.entry("submitted", "已提交，人大办公室将进行审核。"),
          Map.entry("evaluated", "测评意见已提交，谢谢。"),
          Map.entry("signed", "已签收。"),
          Map.entry("sent-back", "已退回人大办公室。"),
          Map.entry("contact-recorded", "沟通联系已记录。"),
          Map.entry("replied", "答复已提交。"),
          Map.entry("accepted", "已同意联名。"),
          Map.entry("declined", "已谢绝联名。"),
          Map.entry("not-submitted", "草稿已保存，但未能提交（例如议案的联名代表还不够），请查看下面的内容后再提交。"),
          Map.entry("checked-in", "已签到，现在可以投票。"),
          Map.entry("attachment-failed", "附件未能全部上传，请在草稿中重新上传。"));

  private Notices() {}

  /** The text of a known code, otherwise null (no notice). */
  public static String text(String code) {
    return code == null ? null : TEXTS.get(code);
  }
}
