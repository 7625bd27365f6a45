package cn.gov.jinshan.congress.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a topic from the beginning in tests, without a consumer group, until a condition holds. */
public final class TopicReader {
  private TopicReader() {}

  /**
   * Reads {@code topic} from the start, keeping the records that match, until {@code done} holds
   * for what was kept or the deadline passes; returns what was kept either way.
   */
  public static List<ConsumerRecord<String, String>> read(
      String topic,
      Predicate<ConsumerRecord<String, String>> keep,
      Predicate<List<ConsumerRecord<String, String>>> done,
      Duration deadline) {
    List<ConsumerRecord<String, String>> kept = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long end = System.nanoTime() + deadline.toNanos();
      while (System.nanoTime() < end) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (keep.test(record)) {
            kept.add(record);
          }
        }
        if (done.test(kept)) {
          break;
        }
      }
    }
    return kept;
  }

  /** Reads until {@code count} matching records are there (or the deadline passes). */
  public static List<ConsumerRecord<String, String>> awaitRecords(
      String topic, Predicate<ConsumerRecord<String, String>> keep, int count, Duration deadline) {
    return read(topic, keep, kept -> kept.size() >= count, deadline);
  }

  private static Properties props() {
    Properties props = new Properties();
    props.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return props;
  }
}
