package cn.gov.jinshan.congress.notifications.service;

import static cn.gov.jinshan.congress.testing.ChannelFilters.assertFilters;

import org.junit.jupiter.api.Test;

/** The webhooks' channel lets through exactly the types its handler applies. */
class WebhookChannelFilterTest {
  @Test
  void shouldLetThroughExactlyWhatTheHandlerApplies() {
    assertFilters("webhook-events", WebhookEventHandler.TYPES);
  }
}
