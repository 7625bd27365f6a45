package cn.gov.jinshan.congress.deputies.service;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import org.junit.jupiter.api.Test;

/** The consumer's EventTypeFilter lets through exactly the types its handlers apply. */
class ActivityChannelFilterTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlersApply() {
    assertFilters("activity-sources", ActivityEventHandler.TYPES);
  }
}
