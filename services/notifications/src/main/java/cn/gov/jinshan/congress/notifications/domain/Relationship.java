package cn.gov.jinshan.congress.notifications.domain;

/** Who a rule tells, by their relationship to the item or the congress. */
public enum Relationship {
  /** The deputy who leads the item. */
  LEAD_DEPUTY,
  /** The co-signing deputies of the item. */
  CO_SIGNERS,
  /** The department that leads the handling. */
  LEAD_DEPARTMENT,
  /** The departments that co-handle. */
  CO_HANDLING_DEPARTMENTS,
  /** The office staff of the item's congress. */
  CONGRESS_STAFF,
  /** The committee members of the congress. */
  COMMITTEE_MEMBERS,
  /** The administrators of the congress. */
  ADMINS,
  /**
   * The deputies entitled to vote in the congress: its ACTIVE deputies of its own level (not the
   * suspended, the terminated, nor those of another level).
   */
  ENTITLED_DEPUTIES
}
