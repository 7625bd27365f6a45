package cn.gov.jinshan.congress.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

/**
 * How e-mails and text messages go out ({@code notifications.outgoing.*}); the SMTP server itself
 * is Quarkus Mailer's ({@code quarkus.mailer.*}).
 */
@ConfigMapping(prefix = "notifications.outgoing")
public interface OutgoingConfig {
  /** How often the dispatcher looks for due messages ({@code off} in tests: they run it). */
  @WithDefault("5s")
  String dispatchEvery();

  /** How often the digest job looks whether a digest time has passed. */
  @WithDefault("1m")
  String digestCheckEvery();

  /** How many due messages one dispatcher transaction claims. */
  @WithDefault("20")
  int batchSize();

  /** Failed attempts after which a message is marked FAILED and no longer tried. */
  @WithDefault("8")
  int maxAttempts();

  /** The pause after the first failure; it doubles with every further one. */
  @WithDefault("30s")
  Duration initialBackoff();

  @WithDefault("30m")
  Duration maxBackoff();

  /** How long one SMTP exchange may take before it counts as a failure. */
  @WithDefault("30s")
  Duration sendTimeout();

  /** The right-hand side of the Message-IDs (the left is the outgoing message's id). */
  @WithDefault("notifications.congress.jinshan.gov.cn")
  String messageIdDomain();

  /** The tag in 【】 that opens subjects and text messages, per kind (key {@code default}). */
  Map<String, String> subjectTags();

  /**
   * The console page a message links to, per kind (key {@code default}), {@code {itemId}} replaced
   * by the item's id; a kind without an item links to the console's start page.
   */
  Map<String, String> links();

  /** The local time (platform zone) at which daily digests go out. */
  @WithDefault("18:00")
  LocalTime digestAt();

  default String subjectTag(String kind) {
    return subjectTags().getOrDefault(kind, subjectTags().getOrDefault("default", "人大代表建议"));
  }

  default String linkPath(String kind) {
    return links().getOrDefault(kind, links().getOrDefault("default", "/items/{itemId}"));
  }
}
