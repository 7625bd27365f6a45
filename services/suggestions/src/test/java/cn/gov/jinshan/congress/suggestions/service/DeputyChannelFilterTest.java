package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
import org.junit.jupiter.api.Test;

/** The consumer's EventTypeFilter lets through exactly the types its handlers apply. */
class DeputyChannelFilterTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlersApply() {
    assertFilters("deputies", DeputyCopies.TYPES, CongressScope.TYPES);
  }
}
