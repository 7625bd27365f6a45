package cn.gov.jinshan.congress.supervision.service;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import org.junit.jupiter.api.Test;

/** The consumer's EventTypeFilter lets through exactly the types its handlers apply. */
class ChannelFiltersTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlersApply() {
    assertFilters("subject-sources", SubjectEventHandler.TYPES);
    assertFilters("congresses", CongressScope.TYPES);
  }
}
