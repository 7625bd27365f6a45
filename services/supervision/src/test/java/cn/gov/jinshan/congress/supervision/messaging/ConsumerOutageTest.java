package cn.gov.jinshan.congress.supervision.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.platform.inbox.WaitsOutDatabaseOutage;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * The retry of {@link WaitsOutDatabaseOutage} applies to a method that reactive messaging calls,
 * not only to calls through an injected proxy: a handler that meets a refused connection twice is
 * applied at the third attempt instead of failing its message.
 */
@QuarkusTest
class ConsumerOutageTest {
  @Inject
  @Channel("outage-probe")
  Emitter<String> emitter;

  @Inject FlakyConsumer consumer;

  @Test
  void shouldApplyAnEventOnceTheDatabaseIsBack() throws Exception {
    emitter.send("event-1").toCompletableFuture().get(30, TimeUnit.SECONDS);

    assertThat(consumer.attempts()).isEqualTo(3);
    assertThat(consumer.applied()).containsExactly("event-1");
  }

  /** A consumer whose database refuses the first two attempts. */
  @ApplicationScoped
  static class FlakyConsumer {
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<String> applied = new CopyOnWriteArrayList<>();

    // Read through methods: the test holds a client proxy, whose own fields are never set.
    int attempts() {
      return attempts.get();
    }

    List<String> applied() {
      return applied;
    }

    @Incoming("outage-probe")
    @Blocking
    @WaitsOutDatabaseOutage
    public void consume(String value) {
      if (attempts.incrementAndGet() < 3) {
        throw new JDBCConnectionException(
            "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"));
      }
      applied.add(value);
    }
  }
}
