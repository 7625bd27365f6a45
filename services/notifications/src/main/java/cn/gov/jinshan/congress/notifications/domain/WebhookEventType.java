package cn.gov.jinshan.congress.notifications.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event types a department's system may subscribe to, by their names on the wire (the payload's
 * {@code type}): what happened to a suggestion the department handles.
 */
public enum WebhookEventType {
  SUGGESTION_ASSIGNED("suggestion.assigned"),
  SUGGESTION_SENT_BACK("suggestion.sent_back"),
  SUGGESTION_CONTACT_RECORDED("suggestion.contact_recorded"),
  SUGGESTION_REPLIED("suggestion.replied"),
  SUGGESTION_EVALUATED("suggestion.evaluated"),
  SUGGESTION_CLOSED("suggestion.closed"),
  SUGGESTION_DUE_SOON("suggestion.due_soon"),
  SUGGESTION_OVERDUE("suggestion.overdue"),
  SUGGESTION_KEY_SUPERVISION_MARKED("suggestion.key_supervision_marked"),
  SUGGESTION_EXTENSION_DECIDED("suggestion.extension_decided");

  private final String wireName;

  WebhookEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<WebhookEventType> ofWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
