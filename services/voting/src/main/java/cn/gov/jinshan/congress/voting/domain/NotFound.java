package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.problem.ProblemKind;

/**
 * 404 with a message of this service ({@code <what>.not-found}): the platform's generic one puts
 * the untranslated noun ("round") into the Chinese text.
 */
public final class NotFound {
  private NotFound() {}

  public static ProblemException of(String what, Object id) {
    return new ProblemException(ProblemKind.NOT_FOUND, what + ".not-found", String.valueOf(id));
  }
}
