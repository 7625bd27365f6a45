package cn.gov.jinshan.congress.console.view;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Idempotency-Key of a rendered form: a new one each time a form is rendered empty, the same
 * one when it is shown again with errors, so a double click or a resubmission creates one item.
 */
public final class FormKeys {
  private static final Pattern SHAPE = Pattern.compile("[0-9a-f-]{36}");

  private FormKeys() {}

  public static String next() {
    return UUID.randomUUID().toString();
  }

  /** The key the form sent back when it has the shape we give, otherwise a new one. */
  public static String keep(String sent) {
    return sent != null && SHAPE.matcher(sent).matches() ? sent : next();
  }
}
