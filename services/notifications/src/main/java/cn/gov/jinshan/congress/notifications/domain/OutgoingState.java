package cn.gov.jinshan.congress.notifications.domain;

/** Where an outgoing e-mail or text message is. */
public enum OutgoingState {
  /** To be sent once its not-before time has come (quiet hours, retry backoff). */
  PENDING,
  /** Waits for the person's daily digest. */
  DIGEST,
  /** Went out inside a digest mail. */
  DIGESTED,
  SENT,
  /** Given up after the configured number of failed attempts. */
  FAILED,
  /** Nowhere to send it: no e-mail address, no phone number. */
  SKIPPED
}
