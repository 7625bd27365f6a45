package cn.gov.jinshan.congress.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Skips the relay's scheduled runs when {@code platform.outbox.relay-enabled=false}. */
@Singleton
public class RelayDisabled implements Scheduled.SkipPredicate {
  private final OutboxConfig config;

  public RelayDisabled(OutboxConfig config) {
    this.config = config;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return !config.relayEnabled();
  }
}
