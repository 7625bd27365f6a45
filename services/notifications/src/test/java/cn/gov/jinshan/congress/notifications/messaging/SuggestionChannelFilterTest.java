package cn.gov.jinshan.congress.notifications.messaging;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import cn.gov.jinshan.congress.notifications.service.SuggestionNotices;
import org.junit.jupiter.api.Test;

/** The consumer's EventTypeFilter lets through exactly the types its handler applies. */
class SuggestionChannelFilterTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlerApplies() {
    assertFilters("suggestions", SuggestionNotices.TYPES);
  }
}
