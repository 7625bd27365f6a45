package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.Topics;
import cn.gov.jinshan.congress.contracts.deputies.DeputyRegistered;
import cn.gov.jinshan.congress.contracts.deputies.DeputyUpdated;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.TestEvents;
import cn.gov.jinshan.congress.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** The local copy of deputies, fed through the real broker: each event once; bad ones dead. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeputyCopyTest {

  @Test
  void shouldApplyEachDeputyEventOnceEvenWhenRedelivered() throws Exception {
    TestCongress congress = TestCongress.create();
    UUID deputy = UUID.randomUUID();
    EventEnvelope registered =
        envelope(
            new DeputyRegistered(
                deputy.toString(),
                congress.id,
                "张伟",
                "MALE",
                "DISTRICT",
                6,
                "d1",
                "朱泾镇代表团",
                "ACTIVE",
                "u1"));
    EventEnvelope renamed =
        envelope(
            new DeputyUpdated(
                deputy.toString(),
                congress.id,
                "张伟明",
                "MALE",
                "DISTRICT",
                6,
                "d2",
                "枫泾镇代表团",
                "u1"));
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      TestCongress.sendRaw(producer, deputy.toString(), json(registered));
      TestCongress.sendRaw(producer, deputy.toString(), json(renamed));
      // redelivery of the first event: must not undo the rename
      TestCongress.sendRaw(producer, deputy.toString(), json(registered));
    }
    // a later event on the same key: once it has its effect, all three were consumed
    congress.changeStatus(deputy, "SUSPENDED");

    get(congress.staffToken, "/api/v1/suggestion-deputies/" + deputy)
        .statusCode(200)
        .body("name", equalTo("张伟明"))
        .body("delegationName", equalTo("枫泾镇代表团"))
        .body("status", equalTo("SUSPENDED"));
  }

  @Test
  void shouldSendUnreadableDeputyEventToDeadLetterTopic() {
    String key = UUID.randomUUID().toString();
    String broken =
        "{\"specversion\":\"1.0\",\"id\":\""
            + key
            + "\",\"source\":\"/congress/deputies\",\"type\":\""
            + EventTypes.typeOf(DeputyRegistered.class)
            + "\",\"data\":{\"deputyId\":\"not-a-uuid\",\"congressId\":\"X\"}}";
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      TestCongress.sendRaw(producer, key, broken);
    }
    var dead =
        TopicReader.awaitRecords(
            Topics.deadLetterOf(Topics.SUGGESTIONS),
            r -> key.equals(r.key()),
            1,
            TestCongress.DEADLINE);
    // the running stack's suggestions service (group suggestions) may dead-letter it as well
    assertThat(dead).isNotEmpty().allSatisfy(r -> assertThat(r.value()).isEqualTo(broken));
  }

  private static EventEnvelope envelope(Object payload) {
    return new EventEnvelope(
        "1.0",
        UUID.randomUUID().toString(),
        "/congress/deputies",
        EventTypes.typeOf(payload.getClass()),
        null,
        Instant.now(),
        "application/json",
        null,
        "test",
        EventJson.mapper().valueToTree(payload));
  }

  private static String json(Object value) throws Exception {
    return EventJson.mapper().writeValueAsString(value);
  }
}
