package cn.gov.jinshan.congress.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class AccessAuditTest {

  @Test
  void shouldPublishAccessEventWithoutBodyOrQuery() {
    String requestId = "audit-" + UUID.randomUUID();
    String subject = "auditor-" + UUID.randomUUID();
    given()
        .auth()
        .oauth2(TestTokens.valid(subject))
        .header("X-Request-Id", requestId)
        .contentType("application/json")
        .body("{\"secret\":\"BODY-MUST-NOT-LEAK\"}")
        .when()
        .post("/api/v1/suggestions?q=QUERY-MUST-NOT-LEAK")
        .then()
        .statusCode(200);

    List<ConsumerRecord<String, String>> records =
        TopicReader.awaitRecords(
            Topics.GATEWAY, r -> requestId.equals(r.key()), 1, Duration.ofSeconds(30));

    assertThat(records).hasSize(1);
    String value = records.get(0).value();
    assertThat(value).doesNotContain("BODY-MUST-NOT-LEAK").doesNotContain("QUERY-MUST-NOT-LEAK");
    JsonObject envelope = new JsonObject(value);
    assertThat(envelope.getString("type")).isEqualTo("congress.gateway.RequestAudited.v1");
    assertThat(envelope.getString("source")).isEqualTo("/congress/gateway");
    assertThat(envelope.getString("subject")).isEqualTo(requestId);
    assertThat(envelope.getString("actorid")).isEqualTo(subject);
    assertThat(envelope.getString("congressid")).isEqualTo("JS-DISTRICT");
    JsonObject data = envelope.getJsonObject("data");
    assertThat(data.getString("subject")).isEqualTo(subject);
    assertThat(data.getString("route")).isEqualTo("suggestions");
    assertThat(data.getString("method")).isEqualTo("POST");
    assertThat(data.getString("path")).isEqualTo("/api/v1/suggestions");
    assertThat(data.getInteger("status")).isEqualTo(200);
    assertThat(data.getInteger("latencyMillis")).isNotNegative();
    assertThat(data.getString("clientAddress")).isEqualTo("127.0.0.1");
  }

  @Test
  void shouldAuditRefusedRequestsAsAnonymous() {
    String requestId = "audit-" + UUID.randomUUID();
    given().header("X-Request-Id", requestId).get("/api/v1/deputies").then().statusCode(401);

    List<ConsumerRecord<String, String>> records =
        TopicReader.awaitRecords(
            Topics.GATEWAY, r -> requestId.equals(r.key()), 1, Duration.ofSeconds(30));

    assertThat(records).hasSize(1);
    JsonObject data = new JsonObject(records.get(0).value()).getJsonObject("data");
    assertThat(data.getInteger("status")).isEqualTo(401);
    assertThat(data.getString("subject")).isNull();
    assertThat(data.getString("route")).isEqualTo("deputies");
  }
}
