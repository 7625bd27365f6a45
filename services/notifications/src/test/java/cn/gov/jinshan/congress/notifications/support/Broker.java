package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.contracts.DomainEvent;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.testing.TestEvents;

/** Other services' events put on the real broker, as their outbox relays publish them. */
public final class Broker {
  private Broker() {}

  /** Publishes an event on its topic; its envelope (to publish again as a redelivery). */
  public static EventEnvelope publish(DomainEvent event) {
    EventEnvelope envelope =
        TestEvents.envelope(
            EventTypes.typeOf(event.getClass()),
            event.aggregateId(),
            RealmUsers.CONGRESS,
            EventJson.mapper().valueToTree(event));
    TestEvents.publish(EventTypes.topicOf(event.getClass()), event.aggregateId(), envelope);
    return envelope;
  }

  /** Publishes an envelope of the suggestions topic again, as a redelivery. */
  public static void again(EventEnvelope envelope) {
    TestEvents.publish(Topics.SUGGESTIONS, envelope.subject(), envelope);
  }
}
