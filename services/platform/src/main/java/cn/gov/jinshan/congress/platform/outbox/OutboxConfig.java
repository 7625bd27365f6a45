package cn.gov.jinshan.congress.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay ({@code platform.outbox.*}). */
@ConfigMapping(prefix = "platform.outbox")
public interface OutboxConfig {
  /** Whether this instance runs the relay. */
  @WithDefault("true")
  boolean relayEnabled();

  /**
   * How often the relay looks for pending events when no commit woke it (events of other instances,
   * retries after a failure).
   */
  @WithDefault("500ms")
  Duration relayInterval();

  /**
   * The least time between the starts of two runs. Under load a commit wakes the relay every few
   * milliseconds; waiting this long gathers the events of several commits into one run (one lock,
   * one select, one update, one produce request) at the price of at most this much latency. An idle
   * relay is not delayed: its next run starts at once.
   */
  @WithDefault("20ms")
  Duration relayMinGap();

  /** The most events one run publishes. */
  @WithDefault("200")
  int batchSize();

  /** How long one run waits for the broker's acknowledgements. */
  @WithDefault("20s")
  Duration sendTimeout();

  /** How long published events stay in the table (for inspection) before they are deleted. */
  @WithDefault("7d")
  Duration retention();
}
