package cn.gov.jinshan.congress.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The platform's configuration defaults, as every service reads them, for tests of their values.
 */
public final class PlatformDefaults {
  private PlatformDefaults() {}

  public static Properties load() {
    Properties defaults = new Properties();
    try (InputStream in =
        PlatformDefaults.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return defaults;
  }
}
