package cn.gov.jinshan.congress.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.PlatformDefaults;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Kafka connector stops a channel whose record waits too long for its acknowledgement. A
 * consumer waiting out a database outage in line must not be taken for a stuck one: the platform's
 * default gives it longer than {@link WhileUnavailable#BUDGET}.
 */
class StuckConsumerCheckTest {
  @Test
  void shouldLetAConsumerWaitOutTheDatabaseBeforeItsChannelCountsAsStuck() {
    Properties defaults = PlatformDefaults.load();

    long maxAge =
        Long.parseLong(
            defaults.getProperty(
                "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms"));

    assertThat(Duration.ofMillis(maxAge)).isGreaterThan(WhileUnavailable.BUDGET);
  }
}
