package cn.gov.jinshan.congress.gateway.problem;

import cn.gov.jinshan.congress.messages.Messages;

/**
 * An argument of a message that is itself translated (a service's name): {@code key} in the bundle,
 * or {@code fallback} where the bundle has none.
 */
public record Localized(String key, String fallback) {
  /** The name of an upstream service, as a reader of the message says it. */
  public static Localized service(String name) {
    return new Localized("service." + name, name);
  }

  String in(java.util.Locale locale) {
    String text = Messages.get(locale, key);
    return text.equals(key) ? fallback : text;
  }
}
