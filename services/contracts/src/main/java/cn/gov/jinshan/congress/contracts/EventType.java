package cn.gov.jinshan.congress.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the CloudEvents {@code type} and the topic of an event payload record. Released types are
 * immutable: add fields only; a breaking change is a new record with a {@code .v2} type.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
  /** The CloudEvents type, e.g. {@code congress.deputies.DeputyRegistered.v1}. */
  String value();

  /** The topic the event is published on, one of {@link Topics}. */
  String topic();
}
