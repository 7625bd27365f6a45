package cn.gov.jinshan.congress.notifications.messaging;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import cn.gov.jinshan.congress.notifications.service.SuggestionNotices;
import cn.gov.jinshan.congress.notifications.service.SupervisionNotices;
import cn.gov.jinshan.congress.notifications.service.VotingNotices;
import cn.gov.jinshan.congress.platform.congress.CongressScope;
import cn.gov.jinshan.congress.platform.copies.DeputyCopies;
import org.junit.jupiter.api.Test;

/** Each consumer's EventTypeFilter lets through exactly the types its handler applies. */
class ChannelFilterTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlersApply() {
    assertFilters("suggestions", SuggestionNotices.TYPES);
    assertFilters("voting", VotingNotices.TYPES);
    assertFilters("supervision", SupervisionNotices.TYPES);
    assertFilters("deputies", DeputyCopies.TYPES, CongressScope.TYPES);
  }
}
