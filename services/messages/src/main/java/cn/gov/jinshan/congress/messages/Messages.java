package cn.gov.jinshan.congress.messages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves message keys in English or Simplified Chinese: first the caller's own {@code messages}
 * bundle (a service's or the gateway's), then the shared {@code platform-messages} of this module.
 * An unknown key is returned as is. The services and the gateway both answer problems through this
 * class, so a text exists once and a client sees the same words whichever of them answers.
 */
public final class Messages {
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  private static final List<String> BUNDLES = List.of("messages", "platform-messages");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  public static String get(Locale locale, String key, Object... args) {
    for (String bundleName : BUNDLES) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK);
        if (bundle.containsKey(key)) {
          return new MessageFormat(bundle.getString(key), locale).format(args);
        }
      } catch (MissingResourceException e) {
        // the caller has no bundle of that name; try the next
      }
    }
    return key;
  }

  /**
   * The noun for a code such as {@code deputy} ({@code noun.deputy} in the bundles); in Chinese an
   * unknown code becomes a neutral noun rather than the code itself, in English the code reads as a
   * word.
   */
  public static String noun(Locale locale, String code) {
    String key = "noun." + code;
    String noun = get(locale, key);
    if (!noun.equals(key)) {
      return noun;
    }
    return CHINESE.equals(locale) ? get(locale, "noun.unknown") : code.replace('-', ' ');
  }

  /** Chinese when the client's first acceptable language is Chinese, otherwise English. */
  public static Locale choose(List<Locale> acceptable) {
    for (Locale locale : acceptable) {
      if ("zh".equals(locale.getLanguage())) {
        return CHINESE;
      }
      if ("en".equals(locale.getLanguage())) {
        return Locale.ROOT;
      }
    }
    return Locale.ROOT;
  }

  /**
   * The same choice from a raw {@code Accept-Language} header (where no JAX-RS runtime parsed it,
   * as in the gateway): Chinese when the first language of it that we know is Chinese, otherwise
   * English; a malformed header reads as English.
   */
  public static Locale choose(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.ROOT;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
          return CHINESE;
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
