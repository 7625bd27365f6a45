package cn.gov.jinshan.congress.voting.api;

import cn.gov.jinshan.congress.platform.paging.Page;
import cn.gov.jinshan.congress.platform.paging.PageToken;
import cn.gov.jinshan.congress.platform.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Decodes the keyset page tokens of this service's lists. */
final class Paging {
  private Paging() {}

  static int fetchSize(int limit) {
    return limit + 1;
  }

  static int limit(Integer limit) {
    return limit == null ? Page.DEFAULT_LIMIT : limit;
  }

  static String text(String token) {
    return token == null ? null : PageToken.decode(token, 1).get(0);
  }

  static UUID id(String token) {
    return token == null ? null : uuid(PageToken.decode(token, 1).get(0));
  }

  /** A (number, id) token, or nulls when absent. */
  static Keyset<Integer> numberKeyset(String token) {
    Keyset<String> text = textKeyset(token);
    if (text.after() == null) {
      return new Keyset<>(null, null);
    }
    try {
      return new Keyset<>(Integer.valueOf(text.after()), text.afterId());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("page-token.invalid");
    }
  }

  /** A (text, id) token, or nulls when absent. */
  static Keyset<String> textKeyset(String token) {
    if (token == null) {
      return new Keyset<>(null, null);
    }
    List<String> values = PageToken.decode(token, 2);
    return new Keyset<>(values.get(0), uuid(values.get(1)));
  }

  /** An (instant, id) token, or nulls when absent. */
  static Keyset<Instant> instantKeyset(String token) {
    if (token == null) {
      return new Keyset<>(null, null);
    }
    List<String> values = PageToken.decode(token, 2);
    try {
      return new Keyset<>(Instant.parse(values.get(0)), uuid(values.get(1)));
    } catch (DateTimeParseException e) {
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

  record Keyset<T>(T after, UUID afterId) {}
}
