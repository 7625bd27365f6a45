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
                new Problem.FieldError("title", "不能为空"),
                new Problem.FieldError("request.items[2].content", "太长"),
                new Problem.FieldError("text", "不能为空")),
            Set.of("title", "content"),
            Map.of("text", "content"));

    assertThat(view.error("title")).isEqualTo("不能为空");
    assertThat(view.error("content")).isEqualTo("太长；不能为空");
    assertThat(view.notice()).isEqualTo("请修改标出的内容后重新提交。");
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
