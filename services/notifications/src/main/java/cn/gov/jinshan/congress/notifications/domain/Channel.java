package cn.gov.jinshan.congress.notifications.domain;

/** The ways of telling someone; the rule of a kind lists those it uses. */
public enum Channel {
  /** The in-app inbox (and its live badge); the core writes it. */
  INBOX,
  EMAIL,
  SMS
}
