package cn.gov.jinshan.congress.suggestions.service;

import static cn.gov.jinshan.congress.suggestions.support.Api.BASE;
import static cn.gov.jinshan.congress.suggestions.support.Api.get;
import static cn.gov.jinshan.congress.suggestions.support.Api.post;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.EventJson;
import cn.gov.jinshan.congress.contracts.EventTypes;
import cn.gov.jinshan.congress.contracts.deputies.CongressRegistered;
import cn.gov.jinshan.congress.contracts.deputies.CongressUpdated;
import cn.gov.jinshan.congress.suggestions.support.Flow;
import cn.gov.jinshan.congress.suggestions.support.TestCongress;
import cn.gov.jinshan.congress.testing.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * The local copy of congresses: CongressRegistered / CongressUpdated from congress.deputies.v1,
 * each once; registration numbers take the congress's current term and session, configuration's
 * (6-3) when the congress is unknown here.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CongressCopyTest {

  @Test
  void shouldNumberRegistrationsByTheCongressCurrentTermAndSession() {
    TestCongress district = TestCongress.district(7, 2);
    Flow first = Flow.in(district).registered();
    get(district.staffToken, BASE + "/" + first.id)
        .statusCode(200)
        .body("registrationNumber", equalTo("7-2-0001"))
        .body("term", equalTo(7))
        .body("session", equalTo(2));

    // submitted in session 2, registered after the congress moved to session 3: counts in 3
    Flow second = first.another().submitted();
    district.moveTo("DISTRICT", null, 7, 3);
    post(district.staffToken, BASE + "/" + second.id + "/registration", null).statusCode(200);
    get(district.staffToken, BASE + "/" + second.id)
        .statusCode(200)
        .body("registrationNumber", equalTo("7-3-0001"))
        .body("session", equalTo(3));
    // a new draft starts in the congress's current session
    Flow third = first.another().drafted();
    get(first.leadToken, BASE + "/" + third.id).statusCode(200).body("session", equalTo(3));
  }

  @Test
  void shouldFallBackToConfiguredTermAndSessionForUnknownCongress() {
    Flow flow = Flow.create().registered();
    get(flow.congress.staffToken, BASE + "/" + flow.id)
        .statusCode(200)
        .body("registrationNumber", equalTo("6-3-0001"));
    get(flow.congress.staffToken, "/api/v1/suggestion-congresses/" + flow.congress.id)
        .statusCode(404);
  }

  @Test
  void shouldApplyEachCongressEventOnceEvenWhenRedelivered() throws Exception {
    TestCongress town = TestCongress.create();
    String parent = "P-" + UUID.randomUUID().toString().substring(0, 8);
    EventEnvelope registered =
        envelope(new CongressRegistered(town.id, "朱泾镇人大", "TOWN", parent, 18, 1));
    EventEnvelope updated =
        envelope(new CongressUpdated(town.id, "朱泾镇人民代表大会", "TOWN", parent, 18, 2));
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      TestCongress.sendRaw(producer, town.id, json(registered));
    }
    town.awaitCongress(18, 1);
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      TestCongress.sendRaw(producer, town.id, json(updated));
    }
    town.awaitCongress(18, 2);
    // a marker congress on the same key (same partition, consumed in order): once it is in the
    // copy, the redelivered CongressRegistered before it was consumed too
    TestCongress marker = TestCongress.create();
    try (KafkaProducer<String, String> producer = TestEvents.producer()) {
      TestCongress.sendRaw(producer, town.id, json(registered)); // redelivery: no second effect
      TestCongress.sendRaw(
          producer,
          town.id,
          json(envelope(new CongressRegistered(marker.id, "标记", "TOWN", parent, 1, 1))));
    }
    marker.awaitCongress(1, 1);
    get(town.staffToken, "/api/v1/suggestion-congresses/" + town.id)
        .statusCode(200)
        .body("name", equalTo("朱泾镇人民代表大会"))
        .body("level", equalTo("TOWN"))
        .body("parentId", equalTo(parent))
        .body("currentTerm", equalTo(18))
        .body("currentSession", equalTo(2));
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
