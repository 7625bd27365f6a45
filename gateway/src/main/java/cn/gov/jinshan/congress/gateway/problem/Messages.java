package cn.gov.jinshan.congress.gateway.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The gateway's messages in English or Simplified Chinese (bundle {@code messages}). */
public final class Messages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle("messages", locale, NO_FALLBACK);
    if (!bundle.containsKey(key)) {
      return key;
    }
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /**
   * Chinese when the first language of {@code Accept-Language} that we know is Chinese, otherwise
   * English (the services' rule).
   */
  public static Locale choose(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ROOT;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
          return Locale.SIMPLIFIED_CHINESE;
        }
        if (tag.startsWith("en")) {
          return Locale.ROOT;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return Locale.ROOT;
    }
    return Locale.ROOT;
  }
}
