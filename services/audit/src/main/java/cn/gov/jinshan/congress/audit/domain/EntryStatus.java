package cn.gov.jinshan.congress.audit.domain;

/** What a ledger entry holds. */
public enum EntryStatus {
  /** A CloudEvents envelope (of a known or an unknown type). */
  EVENT,
  /** A record that is not a readable CloudEvents envelope; kept as received, never dropped. */
  UNPARSEABLE
}
