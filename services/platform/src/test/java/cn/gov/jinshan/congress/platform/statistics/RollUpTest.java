package cn.gov.jinshan.congress.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.jinshan.congress.messages.Messages;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RollUpTest {

  @Test
  void shouldReadTrueFalseAndAbsent() {
    assertThat(RollUp.parse("true")).isTrue();
    assertThat(RollUp.parse("false")).isFalse();
    assertThat(RollUp.parse(null)).isFalse();
  }

  @Test
  void shouldRefuseAnyOtherValueNamingTheParameterAndItsValues() {
    for (String value : new String[] {"yes", "1", "", "TRUE", " true"}) {
      assertThatThrownBy(() -> RollUp.parse(value))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(ProblemKind.MALFORMED_REQUEST);
                String english = Messages.get(Locale.ROOT, e.messageKey(), e.args());
                assertThat(english).contains("rollUp", "true", "false");
                String chinese = Messages.get(Messages.CHINESE, e.messageKey(), e.args());
                assertThat(chinese).contains("rollUp", "只能");
              });
    }
  }
}
