package cn.gov.jinshan.congress.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the platform's bookkeeping rows are kept ({@code platform.retention.*}). */
@ConfigMapping(prefix = "platform.retention")
public interface RetentionConfig {
  /**
   * How long a consumed event's id stays in {@code processed_event}. It must outlast the broker's
   * retention (Kafka keeps a topic 7 days by default): a redelivery of an event whose id is gone
   * would be applied a second time.
   */
  @WithDefault("30d")
  Duration processedEvents();

  /**
   * How long an {@code Idempotency-Key} answers a retry with the first response. Clients retry
   * within minutes; a day is what the IETF draft's examples and the big public APIs keep.
   */
  @WithDefault("24h")
  Duration idempotencyKeys();

  /** The most rows one delete statement removes, so that no purge holds long locks. */
  @WithDefault("5000")
  int batchSize();
}
