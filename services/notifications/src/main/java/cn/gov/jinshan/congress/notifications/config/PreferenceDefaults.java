package cn.gov.jinshan.congress.notifications.config;

import cn.gov.jinshan.congress.notifications.domain.Channel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * The preferences of a person who chose none ({@code notifications.preferences.*}): the channels
 * (besides the inbox) a kind's rule may use for them, single mails or a daily digest, quiet hours.
 */
@ConfigMapping(prefix = "notifications.preferences")
public interface PreferenceDefaults {
  @WithDefault("EMAIL,SMS")
  Set<Channel> channels();

  @WithDefault("false")
  boolean dailyDigest();

  /** Quiet hours' start (local time, platform zone); none unless both ends are set. */
  Optional<LocalTime> quietFrom();

  Optional<LocalTime> quietUntil();
}
