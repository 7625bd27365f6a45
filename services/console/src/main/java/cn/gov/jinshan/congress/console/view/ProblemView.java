package cn.gov.jinshan.congress.console.view;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a page shows of a refused request: each field error next to its form field (by the field's
 * name, the last step of the problem's JSON path), and a notice in the bar for the rest. The texts
 * are the API's own, in Chinese (the console asks with Accept-Language: zh-CN), except that a
 * field's raw validation wording ("不能为null") is said plainly ({@link FieldMessages}).
 */
public record ProblemView(String notice, Map<String, String> fieldErrors) {

  public static final ProblemView NONE = new ProblemView(null, Map.of());

  /** A stale If-Match: the page shows the current version under this notice. */
  public static final String CHANGED_BY_SOMEONE_ELSE = "该件已被他人修改，下面显示的是最新内容，请核对后重新操作。";

  /**
   * @param formFields the form's field names; an error on any other field goes to the notice
   * @param renames API field names that the form calls otherwise ({@code text} → {@code content})
   */
  public static ProblemView of(
      PlatformProblem refused, Set<String> formFields, Map<String, String> renames) {
    if (refused.status() == 412) {
      return new ProblemView(CHANGED_BY_SOMEONE_ELSE, Map.of());
    }
    Problem problem = refused.problem();
    Map<String, String> errors = new LinkedHashMap<>();
    StringBuilder rest = new StringBuilder();
    for (Problem.FieldError error : problem.fieldErrors()) {
      String field = fieldName(error.field());
      field = renames.getOrDefault(field, field);
      if (formFields.contains(field)) {
        errors.merge(field, FieldMessages.plain(field, error.message()), (a, b) -> a + "；" + b);
      } else {
        rest.append(rest.isEmpty() ? "" : "；").append(error.message());
      }
    }
    String notice =
        errors.isEmpty() || !rest.isEmpty()
            ? join(refused.detailOr(fallback(refused.status())), rest.toString())
            : "请修改标出的内容后重新提交。";
    return new ProblemView(notice, Map.copyOf(errors));
  }

  /** {@code request.items[2].title} → {@code title}. */
  static String fieldName(String path) {
    if (path == null) {
      return "";
    }
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    return bracket < 0 ? last : last.substring(0, bracket);
  }

  public boolean has(String field) {
    return fieldErrors.containsKey(field);
  }

  public String error(String field) {
    return fieldErrors.getOrDefault(field, "");
  }

  private static String join(String detail, String rest) {
    return rest.isEmpty() ? detail : detail + "（" + rest + "）";
  }

  private static String fallback(int status) {
    return switch (status) {
      case 409 -> "该件当前的状态不允许这项操作。";
      case 413 -> "文件太大。";
      case 415 -> "文件类型不受支持，请上传 PDF、PNG 或 JPEG。";
      case 429 -> "操作过于频繁，请稍后再试。";
      default -> "提交的内容有误，请检查后重新提交。";
    };
  }
}
