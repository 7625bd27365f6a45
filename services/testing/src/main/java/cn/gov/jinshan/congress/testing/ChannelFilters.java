package cn.gov.jinshan.congress.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.inbox.EventTypeFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/** Checks a consumer channel's {@link EventTypeFilter} configuration against its handlers. */
public final class ChannelFilters {
  private ChannelFilters() {}

  /**
   * Asserts that {@code channel} in the service's application.properties runs the filter and lets
   * through exactly {@code handled} (the union of its handlers' types): a type missing from the
   * list would never reach its handler, an extra one would be read for nothing.
   */
  @SafeVarargs
  public static void assertFilters(String channel, Set<String>... handled) {
    Properties properties = applicationProperties();
    String prefix = "mp.messaging.incoming." + channel + ".";
    assertThat(properties.getProperty(prefix + "interceptor.classes"))
        .as("interceptor of channel %s", channel)
        .isEqualTo(EventTypeFilter.class.getName());
    String types = properties.getProperty(prefix + EventTypeFilter.TYPES_CONFIG);
    assertThat(types).as("event types of channel %s", channel).isNotNull();
    Set<String> expected = new HashSet<>();
    for (Set<String> set : handled) {
      expected.addAll(set);
    }
    assertThat(EventTypeFilter.parse(types))
        .as("event types of channel %s", channel)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Properties applicationProperties() {
    try (InputStream in =
        ChannelFilters.class.getClassLoader().getResourceAsStream("application.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
