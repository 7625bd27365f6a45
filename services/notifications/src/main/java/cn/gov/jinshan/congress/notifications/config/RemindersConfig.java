package cn.gov.jinshan.congress.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/** The reminder job ({@code notifications.reminders.*}). */
@ConfigMapping(prefix = "notifications.reminders")
public interface RemindersConfig {
  /** The local time of day (platform zone) at which a reminder's day fires it. */
  @WithDefault("09:00")
  LocalTime fireAt();

  /** How often the job looks for due reminders ({@code off} disables it, as in tests). */
  @WithDefault("1m")
  String every();

  /** How many due reminders one transaction of the job claims and fires. */
  @WithDefault("100")
  int batchSize();
}
