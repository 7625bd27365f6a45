package cn.gov.jinshan.congress.voting.domain;

import cn.gov.jinshan.congress.platform.rules.RuleViolation;

/**
 * Not found, with a message of this service ({@code <what>.not-found}): the platform's generic one
 * puts the untranslated noun ("round") into the Chinese text.
 */
public final class NotFound {
  private NotFound() {}

  public static RuleViolation of(String what, Object id) {
    return RuleViolation.notFound(what + ".not-found", String.valueOf(id));
  }
}
