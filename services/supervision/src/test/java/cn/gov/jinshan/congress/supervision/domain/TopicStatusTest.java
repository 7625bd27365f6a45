package cn.gov.jinshan.congress.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle graph, every edge. */
class TopicStatusTest {
  @Test
  void shouldAllowExactlyTheDocumentedTransitions() {
    assertThat(TopicStatus.PLANNED.next())
        .isEqualTo(Set.of(TopicStatus.RESEARCH, TopicStatus.CANCELLED));
    assertThat(TopicStatus.RESEARCH.next()).containsExactly(TopicStatus.HEARING);
    assertThat(TopicStatus.HEARING.next())
        .isEqualTo(Set.of(TopicStatus.DELIBERATED, TopicStatus.RE_REPORT));
    assertThat(TopicStatus.DELIBERATED.next()).containsExactly(TopicStatus.RECTIFYING);
    assertThat(TopicStatus.RECTIFYING.next())
        .isEqualTo(Set.of(TopicStatus.EVALUATED, TopicStatus.RE_REPORT));
    assertThat(TopicStatus.EVALUATED.next()).containsExactly(TopicStatus.CLOSED);
    assertThat(TopicStatus.RE_REPORT.next()).containsExactly(TopicStatus.HEARING);
    assertThat(TopicStatus.CLOSED.next()).isEmpty();
    assertThat(TopicStatus.CANCELLED.next()).isEmpty();
  }
}
