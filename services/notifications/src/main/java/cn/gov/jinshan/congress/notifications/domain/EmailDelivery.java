package cn.gov.jinshan.congress.notifications.domain;

/** How the e-mails of a kind reach people: each on its own, or gathered into the daily digest. */
public enum EmailDelivery {
  /** Each announcement its own mail, unless the person chose the daily digest. */
  SINGLE,
  /**
   * Always in the person's daily digest, whatever they chose: for kinds that come by the hundred
   * (submissions during a congress session), where a mail each would bury the office.
   */
  DIGEST
}
