package cn.gov.jinshan.congress.notifications.messaging;

import cn.gov.jinshan.congress.notifications.service.SuggestionNotices;
import cn.gov.jinshan.congress.platform.inbox.EventBatches;
import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code congress.suggestions.v1} (consumer group {@code notifications}) a poll at a time:
 * under a burst of submissions one transaction per poll, not per event ({@link EventBatches}). A
 * payload that cannot be read goes to {@code congress.notifications.v1.dlq}; an unreachable
 * database or directory is waited out.
 */
@ApplicationScoped
public class SuggestionEventsConsumer {
  private final SuggestionNotices notices;

  public SuggestionEventsConsumer(SuggestionNotices notices) {
    this.notices = notices;
  }

  @Incoming("suggestions")
  @Blocking
  @WaitsOutDatabaseOutage
  public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
    return EventBatches.apply(
        batch,
        events -> UntilDirectoryAnswers.apply(() -> notices.applyAll(events)),
        event -> UntilDirectoryAnswers.apply(() -> notices.apply(event)));
  }
}
