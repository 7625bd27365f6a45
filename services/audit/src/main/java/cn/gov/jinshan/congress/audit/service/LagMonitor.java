package cn.gov.jinshan.congress.audit.service;

import cn.gov.jinshan.congress.audit.config.AuditConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Measures the consumer lag per topic: the end offset of each partition minus the position the
 * ledger has stored up to (what this instance consumed, else the group's committed offset).
 * Published as the gauge {@code audit.consumer.lag{topic}} and read by the readiness check.
 */
@ApplicationScoped
public class LagMonitor {
  private static final Logger LOG = Logger.getLogger(LagMonitor.class);
  private static final long TIMEOUT_SECONDS = 5;

  private final AuditConfig config;
  private final MeterRegistry registry;
  private final Clock clock;
  private final String bootstrap;
  private final String groupId;
  private final Pattern topics;
  private final Map<TopicPartition, Long> consumed = new ConcurrentHashMap<>();
  private final Map<String, Long> gaugeValues = new ConcurrentHashMap<>();
  private volatile LagSnapshot snapshot = LagSnapshot.UNKNOWN;
  private Admin admin;

  public LagMonitor(
      AuditConfig config,
      MeterRegistry registry,
      Clock clock,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
      @ConfigProperty(name = "mp.messaging.incoming.events.group.id", defaultValue = "audit")
          String groupId) {
    this.config = config;
    this.registry = registry;
    this.clock = clock;
    this.bootstrap = bootstrap;
    this.groupId = groupId;
    this.topics = Pattern.compile(config.lag().topicPattern());
    Gauge.builder("audit.consumer.lag.total", this, m -> m.snapshot().total())
        .description("Records published to the followed topics and not yet in the ledger")
        .register(registry);
  }

  /** Notes that these records are stored (their next offsets are the new positions). */
  public void consumed(List<IncomingRecord> records) {
    for (IncomingRecord r : records) {
      consumed.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max);
    }
  }

  public LagSnapshot snapshot() {
    return snapshot;
  }

  @Scheduled(
      every = "${audit.lag.interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduledMeasure() {
    try {
      measure();
    } catch (Exception e) {
      LOG.debugf("lag measurement failed: %s", e.toString());
    }
  }

  /** Measures the lag now. */
  public synchronized LagSnapshot measure() throws Exception {
    Admin client = admin();
    Set<String> names =
        client.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS).stream()
            .filter(t -> topics.matcher(t).matches())
            .collect(Collectors.toSet());
    Map<String, TopicDescription> described =
        client.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    described.forEach(
        (name, d) ->
            d.partitions()
                .forEach(
                    p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
    var ends = client.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetAndMetadata> committed =
        client
            .listConsumerGroupOffsets(groupId)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Map<String, Long> perTopic = new TreeMap<>();
    ends.forEach(
        (tp, info) -> {
          long position =
              Math.max(
                  consumed.getOrDefault(tp, 0L),
                  committed.get(tp) == null ? 0L : committed.get(tp).offset());
          perTopic.merge(tp.topic(), Math.max(0, info.offset() - position), Long::sum);
        });
    perTopic.forEach(this::gauge);
    snapshot = new LagSnapshot(Map.copyOf(perTopic), clock.instant());
    return snapshot;
  }

  private void gauge(String topic, long lag) {
    if (gaugeValues.put(topic, lag) == null) {
      Gauge.builder("audit.consumer.lag", gaugeValues, m -> m.getOrDefault(topic, 0L))
          .description("Records of the topic not yet in the ledger")
          .tag("topic", topic)
          .register(registry);
    }
  }

  private Admin admin() {
    if (admin == null) {
      Properties props = new Properties();
      props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
      props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
      admin = Admin.create(props);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close();
    }
  }
}
