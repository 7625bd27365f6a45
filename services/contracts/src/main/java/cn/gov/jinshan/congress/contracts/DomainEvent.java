package cn.gov.jinshan.congress.contracts;

/** A payload record of a domain event. Every implementation is annotated with {@link EventType}. */
public interface DomainEvent {
  /** The id of the aggregate the event is about; it becomes the Kafka key and the subject. */
  String aggregateId();

  /** The congress the aggregate belongs to. */
  String congressId();
}
