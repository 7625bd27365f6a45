package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.paging.KeyType;
import cn.gov.jinshan.congress.platform.paging.Keyset;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.query.ItemCursor;
import cn.gov.jinshan.congress.suggestions.query.ItemSort;

/**
 * The page token of the item list, in the platform's {@link Keyset} form: the sort it belongs to,
 * then the cursor after the last item. The sort is in the token because a cursor only means
 * something in its own order: continuing a newest-first list with a deadline-ordered query would
 * skip and repeat items, so a token used with another sort is refused (400) rather than followed.
 */
final class ItemPageToken {
  private static final KeyType[] VALUES = {
    KeyType.TEXT, // sort
    KeyType.INSTANT, // createdAt
    KeyType.UUID, // id
    KeyType.NUMBER, // term
    KeyType.NUMBER, // session
    KeyType.NUMBER, // registration sequence, null without a number
    KeyType.DATE // dueOn, null without a deadline
  };

  private ItemPageToken() {}

  static String after(ItemSort sort, Suggestion last) {
    ItemCursor c = ItemCursor.after(last);
    return Keyset.token(
        sort.parameter(), c.createdAt(), c.id(), c.term(), c.session(), c.sequence(), c.dueOn());
  }

  /**
   * The cursor of {@code token}, which must have been issued for {@code sort}; null without one (an
   * empty {@code pageToken=} asks for the first page, as on every list).
   */
  static ItemCursor read(String token, ItemSort sort) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    Keyset k = Keyset.read(token, VALUES);
    ItemSort issuedFor =
        ItemSort.of(k.text(0)).orElseThrow(() -> ProblemException.badRequest("page-token.invalid"));
    if (issuedFor != sort) {
      throw ProblemException.badRequest(
          "page-token.other-sort", issuedFor.parameter(), sort.parameter());
    }
    Integer term = k.integer(3);
    Integer session = k.integer(4);
    // every item has these; a token without them was not issued here
    if (k.instant(1) == null || k.uuid(2) == null || term == null || session == null) {
      throw ProblemException.badRequest("page-token.invalid");
    }
    return new ItemCursor(k.instant(1), k.uuid(2), term, session, k.integer(5), k.date(6));
  }
}
