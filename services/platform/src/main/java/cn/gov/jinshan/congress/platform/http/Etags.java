package cn.gov.jinshan.congress.platform.http;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;
import jakarta.ws.rs.core.EntityTag;

/**
 * Strong ETags from an aggregate's {@code @Version}, and the If-Match check for updates: a missing
 * If-Match is 428, a stale one 412. The database's version check still guards the race between this
 * check and the commit (it becomes a 409).
 */
public final class Etags {
  private Etags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED, "if-match.required");
    }
    String current = '"' + Long.toString(currentVersion) + '"';
    for (String candidate : ifMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals("*") || tag.equals(current)) {
        return;
      }
    }
    throw new ProblemException(
        ProblemKind.PRECONDITION_FAILED, "if-match.failed", ifMatch.strip(), current);
  }
}
