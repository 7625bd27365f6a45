package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.paging.PageToken;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.repository.ItemCursor;
import cn.gov.jinshan.congress.suggestions.repository.ItemSort;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The page token of the item list: the sort it belongs to and the cursor after the last item. The
 * sort is in the token because a cursor only means something in its own order: continuing a
 * newest-first list with a deadline-ordered query would skip and repeat items, so a token used with
 * another sort is refused (400) rather than followed.
 */
final class ItemPageToken {
  private static final int VALUES = 7;

  private ItemPageToken() {}

  static String after(ItemSort sort, Suggestion last) {
    ItemCursor c = ItemCursor.after(last);
    return PageToken.encode(
        sort.parameter(),
        c.createdAt().toString(),
        c.id().toString(),
        Integer.toString(c.term()),
        Integer.toString(c.session()),
        c.sequence() == null ? "" : c.sequence().toString(),
        c.dueOn() == null ? "" : c.dueOn().toString());
  }

  /** The cursor of {@code token}, which must have been issued for {@code sort}. */
  static ItemCursor read(String token, ItemSort sort) {
    List<String> v = PageToken.decode(token, VALUES);
    ItemSort issuedFor =
        ItemSort.of(v.get(0)).orElseThrow(() -> ProblemException.badRequest("page-token.invalid"));
    if (issuedFor != sort) {
      throw ProblemException.badRequest(
          "page-token.other-sort", issuedFor.parameter(), sort.parameter());
    }
    try {
      return new ItemCursor(
          Instant.parse(v.get(1)),
          UUID.fromString(v.get(2)),
          Integer.parseInt(v.get(3)),
          Integer.parseInt(v.get(4)),
          v.get(5).isEmpty() ? null : Integer.valueOf(v.get(5)),
          v.get(6).isEmpty() ? null : LocalDate.parse(v.get(6)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      // NumberFormatException is an IllegalArgumentException too
      throw ProblemException.badRequest("page-token.invalid");
    }
  }
}
