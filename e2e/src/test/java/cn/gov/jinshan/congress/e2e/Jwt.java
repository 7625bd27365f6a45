package cn.gov.jinshan.congress.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads claims of a (real) token without verifying it: the tests only need the subject. */
final class Jwt {
  private static final Pattern SUB = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");

  private Jwt() {}

  static String payload(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  /** The login subject of a dev realm user (what the services record as the actor). */
  static String subject(String username) {
    Matcher m = SUB.matcher(payload(Users.token(username)));
    if (!m.find()) {
      throw new IllegalStateException("no sub in the token of " + username);
    }
    return m.group(1);
  }
}
