package cn.gov.jinshan.congress.suggestions.query;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The orders of the item list and the item export, by their {@code sort} parameter. A closed set:
 * each one has its keyset and its index (V6), and a free choice of column would have neither.
 */
public enum ItemSort {
  /** Newest first: what a deputy or staff member wants to see first (the default). */
  NEWEST("-createdAt"),
  /** Oldest first: working through a backlog in the order it came in. */
  OLDEST("createdAt"),
  /**
   * The ledger order of staff: term, session, sequence; items without a number after, oldest first.
   */
  REGISTRATION_NUMBER("registrationNumber"),
  /**
   * The working order of a department: earliest handling deadline first; items without a deadline
   * (not yet assigned) after, oldest first.
   */
  DUE_ON("dueOn");

  public static final ItemSort DEFAULT = NEWEST;

  private final String parameter;

  ItemSort(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the {@code sort} query parameter. */
  public String parameter() {
    return parameter;
  }

  public static Optional<ItemSort> of(String parameter) {
    return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
  }

  /** Every allowed value of the parameter, for documentation and error messages. */
  public static List<String> parameters() {
    return Arrays.stream(values()).map(ItemSort::parameter).toList();
  }
}
