package cn.gov.jinshan.congress.notifications.domain;

/** A reminder waits ({@code SCHEDULED}), then fires once or is cancelled when the item moves on. */
public enum ReminderState {
  SCHEDULED,
  FIRED,
  CANCELLED
}
