package cn.gov.jinshan.congress.platform.inbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Passes over, inside the Kafka consumer, the records whose {@link EventEnvelope#TYPE_HEADER} names
 * an event type the channel does not handle, so that they never become messages: a consumer that
 * reads a busy topic for a few of its types (each BallotCast reaches four services, each deputy
 * activity three) otherwise pays a worker hand-off, a JSON parse and an empty transaction for every
 * record it ignores.
 *
 * <p>Configured per channel: {@code mp.messaging.incoming.<channel>.interceptor.classes} names this
 * class and {@code mp.messaging.incoming.<channel>.congress.event-types} lists the types (comma
 * separated). A record without the header, or a channel without the list, passes: the handler still
 * decides as before, so the filter can only save work, never change an outcome. Each service tests
 * that its list equals what its handlers apply.
 */
public class EventTypeFilter implements ConsumerInterceptor<String, String> {
  /** The channel attribute (passed on to the consumer's configuration) with the handled types. */
  public static final String TYPES_CONFIG = "congress.event-types";

  private Set<String> handled;

  @Override
  public void configure(Map<String, ?> configs) {
    Object types = configs.get(TYPES_CONFIG);
    handled = types == null ? null : parse(types.toString());
  }

  /** The types of a {@link #TYPES_CONFIG} value. */
  public static Set<String> parse(String types) {
    return Arrays.stream(types.split(","))
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public ConsumerRecords<String, String> onConsume(ConsumerRecords<String, String> records) {
    if (handled == null || records.isEmpty()) {
      return records;
    }
    Map<TopicPartition, List<ConsumerRecord<String, String>>> kept = new LinkedHashMap<>();
    boolean dropped = false;
    for (TopicPartition partition : records.partitions()) {
      List<ConsumerRecord<String, String>> all = records.records(partition);
      List<ConsumerRecord<String, String>> wanted = new ArrayList<>(all.size());
      for (ConsumerRecord<String, String> record : all) {
        if (wanted(record)) {
          wanted.add(record);
        } else {
          dropped = true;
        }
      }
      if (!wanted.isEmpty()) {
        kept.put(partition, wanted);
      }
    }
    return dropped ? new ConsumerRecords<>(kept, records.nextOffsets()) : records;
  }

  private boolean wanted(ConsumerRecord<String, String> record) {
    Header type = record.headers().lastHeader(EventEnvelope.TYPE_HEADER);
    return type == null
        || type.value() == null
        || handled.contains(new String(type.value(), UTF_8));
  }

  @Override
  public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

  @Override
  public void close() {}
}
