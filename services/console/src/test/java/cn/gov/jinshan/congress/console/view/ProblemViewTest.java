package cn.gov.jinshan.congress.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.console.api.PlatformProblem;
import cn.gov.jinshan.congress.console.api.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProblemViewTest {

  private static PlatformProblem refused(int status, Problem.FieldError... errors) {
    return new PlatformProblem(
        status,
        new Problem(null, "请求无效", status, "请求中有不符合要求的字段。", "validation-failed", List.of(errors)));
  }

  @Test
  void shouldPutEachFieldErrorNextToItsFieldByTheLastStepOfItsPath() {
    ProblemView view =
        ProblemView.of(
            refused(
                400,
                new Problem.FieldError("title", "标题不能与已有的件重复"),
                new Problem.FieldError("request.items[2].content", "太长"),
                new Problem.FieldError("text", "不能为空")),
            Set.of("title", "content"),
            Map.of("text", "content"));

    assertThat(view.error("title")).isEqualTo("标题不能与已有的件重复");
    assertThat(view.error("content")).isEqualTo("太长；请填写内容");
    assertThat(view.notice()).isEqualTo("请修改标出的内容后重新提交。");
  }

  @Test
  void shouldSayAMissingRequiredFieldPlainlyWhateverTheApiCallsIt() {
    ProblemView view =
        ProblemView.of(
            refused(
                400,
                new Problem.FieldError("category", "不能为null"),
                new Problem.FieldError("kind", "must not be null"),
                new Problem.FieldError("title", "不能为空"),
                new Problem.FieldError("signedBy", "must not be blank")),
            Set.of("kind", "category", "title", "signedBy"),
            Map.of());

    assertThat(view.error("category")).isEqualTo("请选择类别");
    assertThat(view.error("kind")).isEqualTo("请选择类型");
    assertThat(view.error("title")).isEqualTo("请填写标题");
    assertThat(view.error("signedBy")).isEqualTo("请填写签发人");
    assertThat(view.fieldErrors().values()).noneMatch(text -> text.contains("null"));
  }

  @Test
  void shouldNameTheExtensionAndOpinionFieldsWhenTheyAreMissing() {
    ProblemView view =
        ProblemView.of(
            refused(
                400,
                new Problem.FieldError("requestExtension.request.newDueOn", "不能为null"),
                new Problem.FieldError("requestExtension.request.reason", "不能为空"),
                new Problem.FieldError("opinion.request.text", "must not be blank")),
            Set.of("newDueOn", "extensionReason", "opinion"),
            Map.of("reason", "extensionReason", "text", "opinion"));

    assertThat(view.error("newDueOn")).isEqualTo("请填写申请延至的日期");
    assertThat(view.error("extensionReason")).isEqualTo("请填写延期理由");
    assertThat(view.error("opinion")).isEqualTo("请填写协办意见");
  }

  @Test
  void shouldSayLengthAndFormatViolationsPlainly() {
    ProblemView view =
        ProblemView.of(
            refused(
                400,
                new Problem.FieldError("title", "个数必须在1和200之间"),
                new Problem.FieldError("content", "size must be between 10 and 5000"),
                new Problem.FieldError("promisedOn", "需要匹配正则表达式\"\\d{4}-\\d{2}-\\d{2}\""),
                new Problem.FieldError("summary", "must match \"[^<>]*\"")),
            Set.of("title", "content", "promisedOn", "summary"),
            Map.of());

    assertThat(view.error("title")).isEqualTo("最多200个字");
    assertThat(view.error("content")).isEqualTo("应为10至5000个字");
    assertThat(view.error("promisedOn")).isEqualTo("承诺落实日期格式不正确");
    assertThat(view.error("summary")).isEqualTo("沟通情况格式不正确");
  }

  @Test
  void shouldTellAnErrorOnAFieldTheFormDoesNotHaveInTheNotice() {
    ProblemView view =
        ProblemView.of(
            refused(422, new Problem.FieldError("deputyIds[0]", "该代表不在任")),
            Set.of("title"),
            Map.of());

    assertThat(view.fieldErrors()).isEmpty();
    assertThat(view.notice()).isEqualTo("请求中有不符合要求的字段。（该代表不在任）");
  }

  @Test
  void shouldSayThatSomeoneElseChangedTheItemOnAStaleIfMatch() {
    assertThat(ProblemView.of(new PlatformProblem(412, null), Set.of(), Map.of()).notice())
        .isEqualTo(ProblemView.CHANGED_BY_SOMEONE_ELSE);
  }

  @Test
  void shouldFallBackToAChineseTextWhenTheAnswerHadNoProblem() {
    assertThat(ProblemView.of(new PlatformProblem(409, null), Set.of(), Map.of()).notice())
        .isEqualTo("该件当前的状态不允许这项操作。");
  }

  @Test
  void shouldWriteDatesTheChineseWay() {
    assertThat(Fmt.date(LocalDate.of(2025, 3, 1))).isEqualTo("2025年3月1日");
    assertThat(Fmt.date(null)).isEqualTo("—");
  }
}
