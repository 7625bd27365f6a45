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
    return publishIn(RealmUsers.CONGRESS, event);
  }

  /** Publishes an event of another congress than the realm's on its topic; its envelope. */
  public static EventEnvelope publishIn(String congressId, DomainEvent event) {
    EventEnvelope envelope = envelopeIn(congressId, event);
    again(event, envelope);
    return envelope;
  }

  /** The envelope an event of {@code congressId} is published in, not published yet. */
  public static EventEnvelope envelopeIn(String congressId, DomainEvent event) {
    return TestEvents.envelope(
        EventTypes.typeOf(event.getClass()),
        event.aggregateId(),
        congressId,
        EventJson.mapper().valueToTree(event));
  }

  /**
   * Publishes the envelope of {@code event} (again) on the event's topic, keyed as the relay does.
   */
  public static void again(DomainEvent event, EventEnvelope envelope) {
    TestEvents.publish(EventTypes.topicOf(event.getClass()), event.aggregateId(), envelope);
  }

  /** Publishes an envelope of the suggestions topic again, as a redelivery. */
  public static void again(EventEnvelope envelope) {
    TestEvents.publish(Topics.SUGGESTIONS, envelope.subject(), envelope);
  }
}
