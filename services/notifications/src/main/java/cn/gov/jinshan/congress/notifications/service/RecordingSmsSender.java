package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.repository.RecordedSmsRepository;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The text-message adapter until a provider is configured: records what would be sent (table {@code
 * recorded_sms}, and the log) and sends nothing. A provider's adapter replaces this bean.
 */
@ApplicationScoped
@DefaultBean
public class RecordingSmsSender implements SmsSender {
  private static final Logger LOG = Logger.getLogger(RecordingSmsSender.class);

  private final RecordedSmsRepository recorded;
  private final Clock clock;

  public RecordingSmsSender(RecordedSmsRepository recorded, Clock clock) {
    this.recorded = recorded;
    this.clock = clock;
  }

  @Override
  public void send(String congressId, UUID messageId, String phone, String text) {
    recorded.record(congressId, messageId, phone, text, clock.instant());
    LOG.infof("text message %s recorded, not sent (no provider configured)", messageId);
  }
}
