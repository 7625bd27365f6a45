package cn.gov.jinshan.congress.gateway.routing;

import java.util.List;

/**
 * A route of the table: requests whose path matches one of {@code prefixes} go to {@code upstream}.
 *
 * @param maxBodySize the largest request body accepted, in bytes
 */
public record Route(String name, List<String> prefixes, String upstream, long maxBodySize) {

  /** The length of the longest prefix of this route that matches {@code path}, or -1. */
  public int matchLength(String path) {
    int best = -1;
    for (String prefix : prefixes) {
      if (matches(prefix, path)) {
        best = Math.max(best, prefix.length());
      }
    }
    return best;
  }

  static boolean matches(String prefix, String path) {
    if (prefix.endsWith("*")) {
      return path.startsWith(prefix.substring(0, prefix.length() - 1));
    }
    String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return path.equals(base) || path.startsWith(base + "/");
  }
}
