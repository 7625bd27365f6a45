package cn.gov.jinshan.congress.console.view;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain Chinese for a field error shown next to a form field. The APIs pass some Bean Validation
 * messages through as the validator words them ("不能为null", "个数必须在1和200之间", "must match …"), which
 * mean nothing to a deputy; the usual kinds (missing, length, format) are said again here in the
 * form's words, whatever the API's wording. Any other message is the API's own.
 */
final class FieldMessages {

  /** The forms' fields and what the page calls them. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("kind", "类型"),
          Map.entry("category", "类别"),
          Map.entry("title", "标题"),
          Map.entry("content", "内容"),
          Map.entry("deputyIds", "联名代表"),
          Map.entry("contactedOn", "联系日期"),
          Map.entry("way", "联系方式"),
          Map.entry("summary", "沟通情况"),
          Map.entry("replyClass", "答复类别"),
          Map.entry("promisedOn", "承诺落实日期"),
          Map.entry("signedBy", "签发人"),
          Map.entry("reason", "退办理由"),
          Map.entry("newDueOn", "申请延至的日期"),
          Map.entry("extensionReason", "延期理由"),
          Map.entry("opinion", "协办意见"),
          Map.entry("satisfaction", "测评结果"),
          Map.entry("comment", "意见"),
          Map.entry("code", "回执码"),
          Map.entry("percentage", "完成进度"),
          Map.entry("narrative", "进展情况"),
          Map.entry("stationId", "联络站"),
          Map.entry("receivedOn", "接待日期"),
          Map.entry("constituentName", "群众姓名"),
          Map.entry("subject", "反映事项"));

  /** Fields the person picks from a list or radio buttons rather than types. */
  private static final Set<String> CHOSEN =
      Set.of("kind", "category", "way", "replyClass", "satisfaction", "stationId");

  private static final Pattern MISSING =
      Pattern.compile(
          "^(不能为null|不能为空|不得为空|必须不为null|must not be (null|blank|empty)|may not be"
              + " (null|empty)|is required|required)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SIZE =
      Pattern.compile(
          "(?:个数|长度)[^0-9]*?(\\d+)[^0-9]+(\\d+)\\s*之间|size must be between (\\d+) and (\\d+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMAT =
      Pattern.compile("^(需要匹配正则表达式|must match|格式不正确)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  private FieldMessages() {}

  static String plain(String field, String message) {
    String text = message == null ? "" : message.strip();
    String label = LABELS.get(field);
    if (text.isEmpty() || MISSING.matcher(text).matches()) {
      if (label == null) {
        return "必填";
      }
      return (CHOSEN.contains(field) ? "请选择" : "请填写") + label;
    }
    Matcher size = SIZE.matcher(text);
    if (size.find()) {
      int min = Integer.parseInt(size.group(1) != null ? size.group(1) : size.group(3));
      int max = Integer.parseInt(size.group(2) != null ? size.group(2) : size.group(4));
      String unit = "deputyIds".equals(field) ? "位" : "个字";
      return min <= 1 ? "最多" + max + unit : "应为" + min + "至" + max + unit;
    }
    if (FORMAT.matcher(text).find()) {
      return (label == null ? "" : label) + "格式不正确";
    }
    if (!CHINESE.matcher(text).find()) {
      // an English text that slipped through: the page is in Chinese
      return (label == null ? "" : label) + "填写的内容不符合要求";
    }
    return text;
  }
}
