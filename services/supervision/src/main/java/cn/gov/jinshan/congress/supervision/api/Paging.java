package cn.gov.jinshan.congress.supervision.api;

import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.paging.PageToken;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import java.util.List;
import java.util.UUID;

/** Decodes the keyset page tokens of this service's lists. */
final class Paging {
  private Paging() {}

  /** The rows to fetch: one more than shown, to know whether there is a next page. */
  static int fetchSize(int limit) {
    return limit + 1;
  }

  static int limit(Integer limit) {
    return limit == null ? Page.DEFAULT_LIMIT : limit;
  }

  /** An id token, or null when absent. */
  static UUID afterId(String token) {
    return token == null ? null : uuid(PageToken.decode(token, 1).get(0));
  }

  /** A (text, id) token, or nulls when absent. */
  static Keyset textKeyset(String token) {
    if (token == null) {
      return new Keyset(null, null);
    }
    List<String> values = PageToken.decode(token, 2);
    return new Keyset(values.get(0), uuid(values.get(1)));
  }

  /** A number token (year, sequence), or null when absent. */
  static Integer number(String token) {
    if (token == null) {
      return null;
    }
    try {
      return Integer.valueOf(PageToken.decode(token, 1).get(0));
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("page-token.invalid");
    }
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("page-token.invalid");
    }
  }

  record Keyset(String after, UUID afterId) {}
}
