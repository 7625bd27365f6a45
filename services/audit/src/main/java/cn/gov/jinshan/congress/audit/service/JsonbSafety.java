package cn.gov.jinshan.congress.audit.service;

/**
 * Whether PostgreSQL's jsonb accepts a JSON text Jackson accepted: jsonb refuses the escape {@code
 * \u0000} and unpaired surrogate escapes. Such a record is kept as unparseable (its raw text is
 * still stored and hashed).
 */
final class JsonbSafety {
  private JsonbSafety() {}

  static boolean isSafe(String json) {
    int n = json.length();
    for (int i = 0; i < n; i++) {
      if (json.charAt(i) != '\\') {
        continue;
      }
      if (i + 1 >= n) {
        return false;
      }
      char next = json.charAt(i + 1);
      if (next != 'u') {
        i++; // skip the escaped character
        continue;
      }
      int code = hex(json, i + 2);
      if (code < 0 || code == 0) {
        return false;
      }
      i += 5;
      if (Character.isLowSurrogate((char) code)) {
        return false;
      }
      if (Character.isHighSurrogate((char) code)) {
        if (i + 6 >= n) {
          return false;
        }
        if (json.charAt(i + 1) != '\\' || json.charAt(i + 2) != 'u') {
          return false;
        }
        int low = hex(json, i + 3);
        if (low < 0 || !Character.isLowSurrogate((char) low)) {
          return false;
        }
        i += 6;
      }
    }
    return true;
  }

  private static int hex(String s, int from) {
    if (from + 4 > s.length()) {
      return -1;
    }
    try {
      return Integer.parseInt(s.substring(from, from + 4), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
