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
          Map.entry("attachment-failed", "附件未能全部上传，请在草稿中重新上传。"),
          Map.entry(
              "replied-attachment-failed",
              "答复已提交，但附件未能全部上传（须为 PDF、PNG 或 JPEG 且不超过 10MB），请在答复下重新上传。"),
          Map.entry("attached", "附件已上传。"),
          Map.entry("attachment-refused", "附件未能全部上传（须为 PDF、PNG 或 JPEG 且不超过 10MB），请检查后重新上传。"),
          Map.entry("extension-requested", "延期申请已提交，等待人大办公室审批。"),
          Map.entry("opinion-given", "协办意见已提交主办单位。"),
          Map.entry("saved", "修改已保存。"),
          Map.entry("read-all", "全部通知已标为已读。"),
          Map.entry("progress-reported", "推进进度已报送。"),
          Map.entry("constituent-recorded", "联系群众记录已保存。"),
          Map.entry("contact-not-linked", "建议已保存，但未能与这条联系群众记录关联。"));

  private Notices() {}

  /** The text of a known code, otherwise null (no notice). */
  public static String text(String code) {
    return code == null ? null : TEXTS.get(code);
  }
}
