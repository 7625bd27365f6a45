package cn.gov.jinshan.congress.audit.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.jinshan.congress.audit.support.AuditEvents;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

/** Events of every topic land in the ledger once each, with their envelope and Kafka position. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LedgerIngestionTest {

  @Test
  void shouldStoreEventsFromSeveralTopicsOnceEachEvenWhenDeliveredTwice() {
    try (AuditEvents events = AuditEvents.create()) {
      EventEnvelope submitted =
          events.event("congress.suggestions.SuggestionSubmitted.v1").by("deputy-1").build();
      EventEnvelope registered =
          events
              .event("congress.deputies.DeputyRegistered.v1")
              .source("/congress/deputies")
              .build();
      EventEnvelope cast = events.event("congress.voting.BallotCast.v1").build();
      events.publish(Topics.SUGGESTIONS, submitted);
      events.publish(Topics.SUGGESTIONS, submitted); // redelivered: same CloudEvents id
      events.publish(Topics.DEPUTIES, registered);
      RecordMetadata castAt = events.publish(Topics.VOTING, cast);
      events.publish(Topics.VOTING, cast);

      JsonPath stored = events.awaitStored(submitted.id());
      assertThat(stored.getString("type")).isEqualTo(submitted.type());
      assertThat(stored.getString("actorId")).isEqualTo("deputy-1");
      assertThat(stored.getString("subject")).isEqualTo(submitted.subject());
      assertThat(stored.getString("topic")).isEqualTo(Topics.SUGGESTIONS);
      assertThat(stored.getString("status")).isEqualTo("EVENT");
      assertThat(stored.getString("data.title")).isEqualTo("关于加强农村公路养护的建议");
      assertThat(stored.getString("hash")).hasSize(64);
      events.awaitStored(registered.id());
      JsonPath castEntry = events.awaitStored(cast.id());
      assertThat(castEntry.getInt("partition")).isEqualTo(castAt.partition());
      assertThat(castEntry.getLong("offset")).isEqualTo(castAt.offset());

      // A later event on the same key follows both deliveries on the partition: once it is
      // stored, both copies have been consumed.
      EventEnvelope marker =
          events.event("congress.voting.Marker.v1").about(cast.subject()).build();
      events.publish(Topics.VOTING, marker);
      events.awaitStored(marker.id());

      given()
          .auth()
          .oauth2(events.auditorToken)
          .queryParam("limit", 100)
          .get("/api/v1/audit/events")
          .then()
          .statusCode(200)
          .body("items", hasSize(4))
          .body("items.findAll { it.eventId == '" + submitted.id() + "' }", hasSize(1))
          .body("items.findAll { it.eventId == '" + cast.id() + "' }", hasSize(1));
    }
  }

  @Test
  void shouldStoreEventsOfUnknownTypes() {
    try (AuditEvents events = AuditEvents.create()) {
      EventEnvelope unknown =
          events
              .event("congress.gateway.SomethingNobodyDeclared.v7")
              .data(Map.of("route", "/api/v1/suggestions", "status", 200))
              .build();
      events.publish(Topics.GATEWAY, unknown);

      JsonPath stored = events.awaitStored(unknown.id());
      assertThat(stored.getString("status")).isEqualTo("EVENT");
      assertThat(stored.getInt("data.status")).isEqualTo(200);
    }
  }

  @Test
  void shouldKeepAnUnreadableRecordAsUnparseableOnceAtItsPosition() {
    try (AuditEvents events = AuditEvents.create()) {
      String garbage = "not a CloudEvent {" + events.congressId;
      RecordMetadata at = events.publishRaw(Topics.SUPERVISION, "k", garbage);
      String id = "kafka:" + Topics.SUPERVISION + ":" + at.partition() + ":" + at.offset();

      JsonPath stored = AuditEvents.awaitStored(id, "-", events.adminToken);
      assertThat(stored.getString("status")).isEqualTo("UNPARSEABLE");
      assertThat(stored.getString("type")).isEqualTo("unparseable");
      given()
          .auth()
          .oauth2(events.adminToken)
          .queryParam("congressId", "-")
          .get("/api/v1/audit/events/" + stored.getLong("seq"))
          .then()
          .statusCode(200)
          .body("raw", equalTo(garbage))
          .body("data", equalTo(null));
    }
  }
}
