package cn.gov.jinshan.congress.voting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The voter's receipt: a random code (100 bits from a CSPRNG, Crockford base32 in groups of four,
 * e.g. {@code 7K3Q-M9XD-2VHT-PB4R-W6NC}) handed out once and never stored. Only its SHA-256 is kept
 * with the ballot and shown on the public board, so the voter can find their ballot and nobody else
 * can tell whose it is.
 */
public final class Receipt {
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SYMBOLS = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Receipt() {}

  /** A fresh random code. */
  public static String newCode() {
    StringBuilder code = new StringBuilder(SYMBOLS + SYMBOLS / 4);
    for (int i = 0; i < SYMBOLS; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /**
   * The hex SHA-256 of a code, after normalising what people type: case, spaces and dashes are
   * ignored, and the look-alikes O, I, L read as 0, 1, 1.
   */
  public static String hash(String code) {
    String normal =
        code.toUpperCase(Locale.ROOT)
            .replaceAll("[\\s-]", "")
            .replace('O', '0')
            .replace('I', '1')
            .replace('L', '1');
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
