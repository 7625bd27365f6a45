package cn.gov.jinshan.congress.platform.paging;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The keyset page tokens of every list: the sort values of the last row of a page, written as an
 * opaque base64url text that the client passes back as {@code pageToken}.
 *
 * <p>A token names its format version, each value's type and length, and ends with a checksum of
 * the rest. Reading checks all of them against the types the list expects, so a damaged, truncated
 * or hand-made token, or one of a list sorted by other kinds of value, is a 400 {@code
 * page-token.invalid} rather than a wrong page or a 500. The checksum catches damage, not forgery:
 * a token holds nothing the caller may not see, and every query it feeds stays scoped to the
 * caller's congress.
 *
 * <p>In a resource: {@code Keyset after = Keyset.read(pageToken, KeyType.TEXT, KeyType.UUID);} then
 * {@code after.text(0)}, {@code after.uuid(1)} (null on the first page), and {@code Page.of(rows,
 * size, toItem, r -> Keyset.token(r.name(), r.id()))}.
 */
public final class Keyset {
  private static final String VERSION = "k1";
  private static final char NULL_TAG = 'Z';
  private static final Keyset FIRST_PAGE = new Keyset(List.of());

  private final List<Object> values;

  private Keyset(List<Object> values) {
    this.values = values;
  }

  /** The rows a page query fetches: one more than it shows, to know whether a next page exists. */
  public static int fetchSize(int limit) {
    return limit + 1;
  }

  /** The page size asked for, or the default. Bounds are checked by the resource's validation. */
  public static int limit(Integer limit) {
    return limit == null ? Page.DEFAULT_LIMIT : limit;
  }

  /**
   * The token after a row with these sort values: text, UUID, LocalDate, Instant or a whole number
   * (Integer, Long); null is allowed for a sort value a row may lack.
   */
  public static String token(Object... sortValues) {
    StringBuilder body = new StringBuilder(VERSION);
    for (Object value : sortValues) {
      String text = value == null ? "" : value.toString();
      body.append(tagOf(value)).append(text.length()).append(':').append(text);
    }
    String sum = checksum(body);
    String checked = body.append('.').append(sum).toString();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(checked.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The sort values of a token, exactly of the given types in that order; the first page (every
   * value null) when the token is null. 400 {@code page-token.invalid} otherwise.
   */
  public static Keyset read(String token, KeyType... types) {
    if (token == null) {
      return FIRST_PAGE;
    }
    try {
      return new Keyset(parse(token, types));
    } catch (RuntimeException e) {
      throw ProblemException.badRequest("page-token.invalid");
    }
  }

  public String text(int index) {
    return (String) value(index);
  }

  public UUID uuid(int index) {
    return (UUID) value(index);
  }

  public LocalDate date(int index) {
    return (LocalDate) value(index);
  }

  public Instant instant(int index) {
    return (Instant) value(index);
  }

  public Long number(int index) {
    return (Long) value(index);
  }

  /** A number that must fit an int (a year, a sequence of the congress); 400 when it does not. */
  public Integer integer(int index) {
    Long number = number(index);
    if (number == null) {
      return null;
    }
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw ProblemException.badRequest("page-token.invalid");
    }
    return number.intValue();
  }

  /** On the first page there are no values: each reads as null. */
  private Object value(int index) {
    return values.isEmpty() ? null : values.get(index);
  }

  /** Every failure here is a RuntimeException that {@link #read} turns into the 400. */
  private static List<Object> parse(String token, KeyType... types) {
    String all = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    int dot = all.lastIndexOf('.');
    String body = all.substring(0, dot);
    if (!all.substring(dot + 1).equals(checksum(body)) || !body.startsWith(VERSION)) {
      throw new IllegalArgumentException("checksum or version");
    }
    List<Object> values = new ArrayList<>(types.length);
    int at = VERSION.length();
    for (KeyType type : types) {
      char tag = body.charAt(at);
      int colon = body.indexOf(':', at);
      int length = Integer.parseInt(body.substring(at + 1, colon));
      String text = body.substring(colon + 1, colon + 1 + length);
      at = colon + 1 + length;
      if (tag == NULL_TAG && length == 0) {
        values.add(null);
      } else if (tag == type.tag()) {
        values.add(valueOf(type, text));
      } else {
        throw new IllegalArgumentException("type");
      }
    }
    if (at != body.length()) {
      throw new IllegalArgumentException("values left over");
    }
    return Collections.unmodifiableList(values);
  }

  private static Object valueOf(KeyType type, String text) {
    return switch (type) {
      case TEXT -> text;
      case UUID -> java.util.UUID.fromString(text);
      case DATE -> LocalDate.parse(text);
      case INSTANT -> Instant.parse(text);
      case NUMBER -> Long.valueOf(text);
    };
  }

  private static char tagOf(Object value) {
    if (value == null) {
      return NULL_TAG;
    }
    if (value instanceof String) {
      return KeyType.TEXT.tag();
    }
    if (value instanceof UUID) {
      return KeyType.UUID.tag();
    }
    if (value instanceof LocalDate) {
      return KeyType.DATE.tag();
    }
    if (value instanceof Instant) {
      return KeyType.INSTANT.tag();
    }
    if (value instanceof Integer || value instanceof Long) {
      return KeyType.NUMBER.tag();
    }
    throw new IllegalArgumentException("not a sort value: " + value.getClass().getName());
  }

  private static String checksum(CharSequence body) {
    CRC32 crc = new CRC32();
    crc.update(body.toString().getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }
}
