package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import org.junit.jupiter.api.Test;

/** The consumer's EventTypeFilter lets through exactly the types its handlers apply. */
class DeputyChannelFilterTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlersApply() {
    assertFilters("deputies", DeputyCopyService.TYPES, CongressCopyService.TYPES);
  }
}
