package cn.gov.jinshan.congress.audit.api;

import cn.gov.jinshan.congress.platform.problem.ProblemException;
import cn.gov.jinshan.congress.platform.security.CurrentUser;
import cn.gov.jinshan.congress.platform.security.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads this service's query parameters; a wrong one is a 400 problem. */
final class Params {
  private Params() {}

  static Long number(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("malformed-parameter", name);
    }
  }

  static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("malformed-parameter", name);
    }
  }

  static LocalDate date(String value, String name, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ProblemException.badRequest("malformed-parameter", name);
    }
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The congress whose entries the caller reads: their own; an admin may name another (or {@code -}
   * for entries that carry none).
   */
  static String congress(CurrentUser user, String requested) {
    String own = user.congressId();
    String wanted = text(requested);
    if (wanted == null || wanted.equals(own)) {
      return own;
    }
    if (!user.hasRole(Roles.ADMIN)) {
      throw ProblemException.forbidden("forbidden.congress");
    }
    return wanted;
  }
}
