package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.testing.Poll;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kafka unreachable (the gateway points at a port nobody listens on; the real broker is left
 * alone): requests still pass at full speed, and the access events that could not be sent are
 * counted.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
@TestProfile(KafkaOutageTest.KafkaUnreachable.class)
class KafkaOutageTest {

  public static class KafkaUnreachable implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "kafka.bootstrap.servers", "127.0.0.1:" + unusedPort(),
          "gateway.audit.max-block", "2s",
          "gateway.audit.queue-size", "5");
    }
  }

  @Test
  void shouldNeitherBlockNorFailRequestsAndCountDroppedEvents() {
    long start = System.nanoTime();
    for (int i = 0; i < 40; i++) {
      given().get("/api/v1/public/deputies").then().statusCode(200);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    // were requests waiting for Kafka they would take 2 s each (max-block), 80 s in all
    assertThat(elapsed).isLessThan(Duration.ofSeconds(20));
    assertThat(Poll.until(Duration.ofSeconds(20), () -> dropped() >= 30)).isTrue();
  }

  private static double dropped() {
    String metrics = given().get("/q/metrics").then().extract().asString();
    return metrics
        .lines()
        .filter(line -> line.startsWith("gateway_audit_dropped_total{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static int unusedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
