package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.testing.TestEvents;

/** Events of one suggestion put on the real broker, as the suggestions service publishes them. */
public final class SuggestionStory {
  private SuggestionStory() {}

  /** Publishes an event of a suggestion; its envelope (to publish again as a redelivery). */
  public static EventEnvelope publish(DomainEvent event) {
    EventEnvelope envelope =
        TestEvents.envelope(
            EventTypes.typeOf(event.getClass()),
            event.aggregateId(),
            RealmUsers.CONGRESS,
            EventJson.mapper().valueToTree(event));
    TestEvents.publish(Topics.SUGGESTIONS, event.aggregateId(), envelope);
    return envelope;
  }

  /** Publishes an envelope again, as a redelivery. */
  public static void again(EventEnvelope envelope) {
    TestEvents.publish(Topics.SUGGESTIONS, envelope.subject(), envelope);
  }
}
