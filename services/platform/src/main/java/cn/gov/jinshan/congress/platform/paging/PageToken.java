package cn.gov.jinshan.congress.platform.paging;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort values of the last row of a page, base64url-encoded. Clients
 * pass it back as {@code pageToken}; a forged or damaged one is a 400.
 */
public final class PageToken {
  private static final char SEPARATOR = '\u001f';

  private PageToken() {}

  public static String encode(String... values) {
    String joined = String.join(String.valueOf(SEPARATOR), values);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  /** The values of the token, exactly {@code expected} of them. */
  public static List<String> decode(String token, int expected) {
    try {
      String joined = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      List<String> values = List.of(joined.split(String.valueOf(SEPARATOR), -1));
      if (values.size() != expected) {
        throw ProblemException.badRequest("page-token.invalid");
      }
      return values;
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("page-token.invalid");
    }
  }
}
