package cn.gov.jinshan.congress.suggestions.repository;

import cn.gov.jinshan.congress.suggestions.query.ItemCursor;
import cn.gov.jinshan.congress.suggestions.query.ItemSort;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The keysets (HQL over {@code Suggestion s}) that each {@link ItemSort} reads, in order. A sort on
 * a key that some items lack (no number, no deadline yet) is two keysets: the items with the key,
 * then those without it, oldest first. One condition with {@code OR key IS NULL} would not be an
 * index range, so every page after the first would scan from the start of the congress.
 *
 * <p>The "after" conditions are row-value comparisons, which PostgreSQL turns into index bounds of
 * the V1/V6 indexes; ties on the key are broken by id, so no item is lost or repeated.
 */
final class ItemKeysets {
  private static final Function<ItemCursor, Map<String, Object>> CREATED =
      c -> Map.of("kCreated", c.createdAt(), "kId", c.id());

  private static final KeyRange NEWEST =
      new KeyRange(
          null,
          c -> true,
          "(s.createdAt, s.id) < (:kCreated, :kId)",
          "s.createdAt desc, s.id desc",
          CREATED);
  private static final KeyRange OLDEST =
      new KeyRange(
          null, c -> true, "(s.createdAt, s.id) > (:kCreated, :kId)", "s.createdAt, s.id", CREATED);
  private static final KeyRange NUMBERED =
      new KeyRange(
          "s.registrationSequence is not null",
          c -> c.sequence() != null,
          "(s.term, s.session, s.registrationSequence, s.id) > (:kTerm, :kSession, :kSequence, :kId)",
          "s.term, s.session, s.registrationSequence, s.id",
          c ->
              Map.of(
                  "kTerm",
                  c.term(),
                  "kSession",
                  c.session(),
                  "kSequence",
                  c.sequence(),
                  "kId",
                  c.id()));
  private static final KeyRange UNNUMBERED =
      new KeyRange(
          "s.registrationSequence is null",
          c -> c.sequence() == null,
          "(s.createdAt, s.id) > (:kCreated, :kId)",
          "s.createdAt, s.id",
          CREATED);
  private static final KeyRange DATED =
      new KeyRange(
          "s.dueOn is not null",
          c -> c.dueOn() != null,
          "(s.dueOn, s.id) > (:kDue, :kId)",
          "s.dueOn, s.id",
          c -> Map.of("kDue", c.dueOn(), "kId", c.id()));
  private static final KeyRange UNDATED =
      new KeyRange(
          "s.dueOn is null",
          c -> c.dueOn() == null,
          "(s.createdAt, s.id) > (:kCreated, :kId)",
          "s.createdAt, s.id",
          CREATED);

  private ItemKeysets() {}

  static List<KeyRange> of(ItemSort sort) {
    return switch (sort) {
      case NEWEST -> List.of(NEWEST);
      case OLDEST -> List.of(OLDEST);
      case REGISTRATION_NUMBER -> List.of(NUMBERED, UNNUMBERED);
      case DUE_ON -> List.of(DATED, UNDATED);
    };
  }

  /**
   * One keyset: a range of an index read in its order (the query side of a sort; the page token
   * that points into it is the platform's {@code Keyset}, written by {@code api.ItemPageToken}).
   *
   * @param covers the items it reads (null: all), so that it uses its partial index
   * @param holds whether a cursor's item is one of them (where the next page continues)
   * @param after the items after the cursor, with the parameters from {@code keys}
   */
  record KeyRange(
      String covers,
      Predicate<ItemCursor> holds,
      String after,
      String orderBy,
      Function<ItemCursor, Map<String, Object>> keys) {}
}
