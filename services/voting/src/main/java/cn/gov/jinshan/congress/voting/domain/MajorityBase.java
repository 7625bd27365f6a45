package cn.gov.jinshan.congress.voting.domain;

/** What "more than half" is counted against (configurable; default ENTITLED). */
public enum MajorityBase {
  /** All ACTIVE district deputies when the ballot opened (全体代表). */
  ENTITLED,
  /** The deputies checked in at the session (出席代表). */
  CHECKED_IN,
  /** The ballots counted. */
  BALLOTS_CAST
}
