package cn.gov.jinshan.congress.contracts;

/** Reads the {@link EventType} of a payload class. */
public final class EventTypes {
  private EventTypes() {}

  public static EventType of(Class<?> payloadClass) {
    EventType type = payloadClass.getAnnotation(EventType.class);
    if (type == null) {
      throw new IllegalArgumentException(payloadClass.getName() + " has no @EventType");
    }
    return type;
  }

  public static String typeOf(Class<?> payloadClass) {
    return of(payloadClass).value();
  }

  public static String topicOf(Class<?> payloadClass) {
    return of(payloadClass).topic();
  }
}
