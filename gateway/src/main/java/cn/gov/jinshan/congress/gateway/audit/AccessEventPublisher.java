package cn.gov.jinshan.congress.gateway.audit;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventType;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.gateway.RequestAudited;
import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import cn.gov.jinshan.congress.gateway.metrics.GatewayMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes access events to Kafka as CloudEvents, off the request path: {@link #publish} only
 * offers to a bounded queue that one thread drains into the producer. When Kafka is down or slow
 * the queue fills and new events are dropped and counted; requests are never blocked or failed.
 */
@ApplicationScoped
public class AccessEventPublisher {
  private static final Logger LOG = Logger.getLogger(AccessEventPublisher.class);
  private static final String SOURCE = "/congress/gateway";
  private static final EventType TYPE = EventTypes.of(RequestAudited.class);

  private final GatewayConfig.AuditConfig config;
  private final GatewayMetrics metrics;
  private final String bootstrapServers;
  private final BlockingQueue<RequestAudited> queue;
  private volatile boolean running;
  private Thread drainer;

  public AccessEventPublisher(
      GatewayConfig config,
      GatewayMetrics metrics,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.config = config.audit();
    this.metrics = metrics;
    this.bootstrapServers = bootstrapServers;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, this.config.queueSize()));
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      return;
    }
    running = true;
    drainer = new Thread(this::drain, "gateway-audit-publisher");
    drainer.setDaemon(true);
    drainer.start();
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    if (drainer != null) {
      drainer.interrupt();
    }
  }

  /** Never blocks: queues the event, or drops and counts it when the queue is full. */
  public void publish(RequestAudited event) {
    if (!running) {
      return;
    }
    if (!queue.offer(event)) {
      metrics.auditDropped("queue-full");
    }
  }

  private void drain() {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
      while (running) {
        RequestAudited event = queue.poll(500, TimeUnit.MILLISECONDS);
        if (event != null) {
          send(producer, event);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.error("The access event publisher stopped", e);
    }
  }

  private void send(KafkaProducer<String, String> producer, RequestAudited event) {
    try {
      producer.send(
          new ProducerRecord<>(TYPE.topic(), event.requestId(), envelope(event)),
          (metadata, error) -> {
            if (error != null) {
              metrics.auditDropped("send-failed");
            }
          });
    } catch (RuntimeException e) {
      // metadata or buffer space not available within max.block.ms: Kafka is down or too slow
      metrics.auditDropped("send-failed");
    }
  }

  static String envelope(RequestAudited event) {
    EventEnvelope envelope =
        new EventEnvelope(
            EventEnvelope.SPEC_VERSION,
            UUID.randomUUID().toString(),
            SOURCE,
            TYPE.value(),
            event.aggregateId(),
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            EventEnvelope.JSON,
            event.congressId(),
            event.subject(),
            EventJson.mapper().valueToTree(event));
    try {
      return EventJson.mapper().writeValueAsString(envelope);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Properties producerProperties() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "gateway-audit");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 50);
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.maxBlock().toMillis());
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024);
    return props;
  }
}
