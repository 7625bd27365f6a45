package cn.gov.jinshan.congress.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhooks to departments' own systems ({@code notifications.webhooks.*}). */
@ConfigMapping(prefix = "notifications.webhooks")
public interface WebhooksConfig {
  /**
   * The hosts a subscription's URL may name (exact names, or {@code *.example.gov.cn} for any name
   * below a domain). Nothing else is accepted: the service must not become a way into the internal
   * network (SSRF).
   */
  Optional<List<String>> allowedHosts();

  /** Whether {@code http} URLs are accepted; only the development and test profiles allow it. */
  @WithDefault("false")
  boolean allowHttp();

  /**
   * Whether an allowed host may resolve to a loopback, private or link-local address at delivery
   * time; off in production, so that a name re-pointed to an internal address (DNS rebinding) is
   * not sent to.
   */
  @WithDefault("false")
  boolean allowPrivateAddresses();

  /** The AES key (base64 of 16, 24 or 32 bytes) the signing secrets are stored under. */
  String secretKey();

  @WithDefault("PT5S")
  Duration connectTimeout();

  /** How long an attempt waits for the receiver's answer. */
  @WithDefault("PT10S")
  Duration readTimeout();

  /** How often the dispatcher looks for due deliveries (a scheduler interval, e.g. 1s). */
  @WithDefault("1s")
  String dispatchEvery();

  /** Deliveries claimed per dispatch round. */
  @WithDefault("500")
  int batchSize();

  /** Requests in flight at once. */
  @WithDefault("64")
  int concurrency();

  /** How long a claimed delivery stays with its sender before another instance may take it. */
  @WithDefault("PT2M")
  Duration lease();

  /**
   * Dispatch rounds in a row in which a subscription's endpoint took nothing before it is disabled
   * (together with {@link #disableAfterFailingFor()}).
   */
  @WithDefault("10")
  int disableAfterFailures();

  /**
   * How long an endpoint must have taken nothing before it is disabled: a receiver that is down for
   * minutes (a restart, a deployment) fails many rounds, and its deliveries wait with backoff for
   * it; only one that stays away this long is given up on.
   */
  @WithDefault("PT24H")
  Duration disableAfterFailingFor();

  Retry retry();

  /** Exponential backoff with jitter between attempts, for up to {@link #giveUpAfter()}. */
  interface Retry {
    @WithDefault("PT5S")
    Duration firstDelay();

    @WithDefault("PT1H")
    Duration maxDelay();

    @WithDefault("PT24H")
    Duration giveUpAfter();
  }
}
