package cn.gov.jinshan.congress.notifications.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.notifications.support.RealmUsers;
import cn.gov.jinshan.congress.notifications.support.SuggestionEvents;
import cn.gov.jinshan.congress.notifications.support.WebhookReceiver;
import cn.gov.jinshan.congress.notifications.support.WebhookReceiver.Received;
import cn.gov.jinshan.congress.notifications.support.Webhooks;
import cn.gov.jinshan.congress.notifications.support.Webhooks.Subscription;
import cn.gov.jinshan.congress.testing.Poll;
import cn.gov.jinshan.congress.testing.SignatureVerifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Suggestion events through the real broker become signed deliveries to a real HTTP receiver, at
 * least once and never accepted twice by webhook-id.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebhookDeliveryTest {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final String PATH = "/api/v1/webhook-subscriptions";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static WebhookReceiver receiver;

  @Inject AgroalDataSource dataSource;

  @BeforeAll
  static void startReceiver() {
    receiver = new WebhookReceiver();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.close();
  }

  @Test
  void shouldDeliverSignedEventsToTheDepartmentsTheyConcern() throws Exception {
    Webhooks lead = new Webhooks();
    Webhooks coHandler = new Webhooks.InCongress(lead.congressId);
    String leadPath = "/lead-" + UUID.randomUUID();
    String coPath = "/co-" + UUID.randomUUID();
    Subscription leadSub =
        lead.subscribe(receiver.url(leadPath), "suggestion.assigned", "suggestion.evaluated");
    Subscription coSub =
        coHandler.subscribe(receiver.url(coPath), "suggestion.assigned", "suggestion.evaluated");
    String item = UUID.randomUUID().toString();
    String otherItem = UUID.randomUUID().toString();
    EventEnvelope assigned =
        SuggestionEvents.assigned(
            lead.congressId, item, lead.departmentId, List.of(coHandler.departmentId));
    SuggestionEvents.publish(
        List.of(
            assigned,
            assigned, // redelivered by the broker: no second delivery
            SuggestionEvents.assigned(lead.congressId, otherItem, "SOMEONE-ELSE", List.of()),
            SuggestionEvents.replied(lead.congressId, item, lead.departmentId), // not subscribed
            SuggestionEvents.evaluated(lead.congressId, item))); // names no department

    assertThat(Poll.until(DEADLINE, () -> receiver.accepted(leadPath).size() >= 2)).isTrue();
    assertThat(Poll.until(DEADLINE, () -> receiver.accepted(coPath).size() >= 2)).isTrue();
    // whatever else might still come would have come with these
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    deliveries(lead, leadSub).size() == 2
                        && deliveries(coHandler, coSub).size() == 2))
        .isTrue();

    for (Received r : receiver.received(leadPath)) {
      assertThat(
              SignatureVerifier.verifies(
                  leadSub.secret(), r.id(), r.timestamp(), r.signature(), r.body()))
          .as("signature of %s", r.id())
          .isTrue();
    }
    for (Received r : receiver.received(coPath)) {
      assertThat(
              SignatureVerifier.verifies(
                  coSub.secret(), r.id(), r.timestamp(), r.signature(), r.body()))
          .isTrue();
      assertThat(
              SignatureVerifier.verifies(
                  leadSub.secret(), r.id(), r.timestamp(), r.signature(), r.body()))
          .isFalse();
    }
    Map<String, JsonNode> leadByType = byType(receiver.accepted(leadPath));
    assertThat(leadByType.keySet())
        .containsExactlyInAnyOrder("suggestion.assigned", "suggestion.evaluated");
    JsonNode a = leadByType.get("suggestion.assigned");
    assertThat(a.get("id").asText()).isEqualTo(assigned.id());
    assertThat(a.get("timestamp").asText()).isNotBlank();
    assertThat(a.get("data").get("suggestionId").asText()).isEqualTo(item);
    assertThat(a.get("data").get("registrationNumber").asText()).isEqualTo("6-3-0042");
    assertThat(a.get("data").get("departmentId").asText()).isEqualTo(lead.departmentId);
    assertThat(a.get("data").get("role").asText()).isEqualTo("LEAD");
    assertThat(a.get("data").get("dueOn").asText()).isEqualTo("2027-03-07");
    JsonNode e = leadByType.get("suggestion.evaluated");
    assertThat(e.get("data").get("evaluation").asText()).isEqualTo("SATISFIED");
    assertThat(e.get("data").get("state").asText()).isEqualTo("CLOSED");
    // ids and states only: the deputy is never named
    assertThat(e.get("data").has("leadDeputyId")).isFalse();
    assertThat(
            byType(receiver.accepted(coPath))
                .get("suggestion.assigned")
                .get("data")
                .get("role")
                .asText())
        .isEqualTo("CO_HANDLER");

    // the log names each delivery by the webhook-id the receiver saw
    Set<String> loggedIds =
        deliveries(lead, leadSub).stream()
            .map(d -> (String) d.get("id"))
            .collect(Collectors.toSet());
    assertThat(receiver.accepted(leadPath).stream().map(Received::id).collect(Collectors.toSet()))
        .isEqualTo(loggedIds);
  }

  @Test
  void shouldDeliverEveryEventOnceWhenTheReceiverRecoversAfterFailing() {
    Webhooks dept = new Webhooks();
    String path = "/flaky-" + UUID.randomUUID();
    long[] firstRequest = {0};
    receiver.answer(
        path,
        n -> {
          synchronized (firstRequest) {
            if (firstRequest[0] == 0) {
              firstRequest[0] = System.nanoTime();
            }
          }
          boolean down = System.nanoTime() - firstRequest[0] < Duration.ofMillis(1500).toNanos();
          return down ? 500 : 200;
        });
    Subscription sub = dept.subscribe(receiver.url(path), "suggestion.assigned");
    List<EventEnvelope> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      events.add(
          SuggestionEvents.assigned(
              dept.congressId, UUID.randomUUID().toString(), dept.departmentId, List.of()));
    }
    SuggestionEvents.publish(events);

    assertThat(
            Poll.until(
                DEADLINE,
                () -> receiver.accepted(path).stream().map(Received::id).distinct().count() == 40))
        .isTrue();
    assertThat(receiver.received(path).stream().anyMatch(r -> r.answered() == 500)).isTrue();
    List<String> acceptedIds = receiver.accepted(path).stream().map(Received::id).toList();
    assertThat(new HashSet<>(acceptedIds)).hasSize(acceptedIds.size());
    Set<String> eventIds = events.stream().map(EventEnvelope::id).collect(Collectors.toSet());
    assertThat(
            receiver.accepted(path).stream()
                .map(r -> json(r.body()).get("id").asText())
                .collect(Collectors.toSet()))
        .isEqualTo(eventIds);
    for (Received r : receiver.received(path)) {
      assertThat(
              SignatureVerifier.verifies(
                  sub.secret(), r.id(), r.timestamp(), r.signature(), r.body()))
          .isTrue();
    }
    // the log shows the failed attempts before the delivered one, with the same id
    assertThat(
            Poll.until(
                DEADLINE,
                () ->
                    deliveries(dept, sub).stream()
                        .allMatch(d -> "DELIVERED".equals(d.get("status")))))
        .isTrue();
    assertThat(
            deliveries(dept, sub).stream().anyMatch(d -> ((List<?>) d.get("attempts")).size() > 1))
        .isTrue();
    given()
        .auth()
        .oauth2(dept.token)
        .when()
        .get(PATH + "/" + sub.id())
        .then()
        .body("status", equalTo("ACTIVE"));
  }

  @Test
  void shouldNotFollowRedirects() {
    Webhooks dept = new Webhooks();
    String path = "/moved-" + UUID.randomUUID();
    receiver.answer(path, n -> 302);
    Subscription sub = dept.subscribe(receiver.url(path), "suggestion.assigned");
    int redirectedBefore = receiver.received("/redirected").size();
    SuggestionEvents.publish(
        List.of(
            SuggestionEvents.assigned(
                dept.congressId, UUID.randomUUID().toString(), dept.departmentId, List.of())));

    assertThat(Poll.until(DEADLINE, () -> receiver.received(path).size() >= 2)).isTrue();
    assertThat(receiver.received("/redirected")).hasSize(redirectedBefore);
    Map<String, Object> attempt = firstAttempt(dept, sub);
    assertThat(attempt.get("statusCode")).isEqualTo(302);
    assertThat((String) attempt.get("error")).contains("redirect not followed");
  }

  @Test
  void shouldDisableAfterFailingRoundsInARowTellThePeopleAndResumeWhenEnabledAgain()
      throws SQLException {
    // a department the realm has people of: its staff and the congress's admins are told
    Webhooks dept = Webhooks.of(RealmUsers.CONGRESS, "EDU");
    String path = "/down-" + UUID.randomUUID();
    AtomicBoolean up = new AtomicBoolean();
    receiver.answer(path, n -> up.get() ? 204 : 503);
    Subscription sub = dept.subscribe(receiver.url(path), "suggestion.assigned");
    try {
      SuggestionEvents.publish(
          List.of(
              SuggestionEvents.assigned(
                  dept.congressId, UUID.randomUUID().toString(), dept.departmentId, List.of())));

      assertThat(
              Poll.until(DEADLINE, () -> "DISABLED".equals(subscription(dept, sub).get("status"))))
          .isTrue();
      assertThat(receiver.received(path)).hasSizeGreaterThanOrEqualTo(10);
      assertThat(subscription(dept, sub).get("disabledReason")).isNotNull();
      Map<String, Set<String>> told = announced(sub);
      assertThat(told).hasSize(1);
      Set<String> recipients = told.values().iterator().next();
      assertThat(recipients).contains(RealmUsers.id("dept-edu"), RealmUsers.id("admin1"));
      assertThat(recipients).doesNotContain(RealmUsers.id("service-account-dept-edu-system"));
      int triedWhileEnabled = receiver.received(path).size();

      up.set(true);
      given()
          .auth()
          .oauth2(dept.token)
          .when()
          .post(PATH + "/" + sub.id() + "/reactivation")
          .then()
          .statusCode(200)
          .body("status", equalTo("ACTIVE"))
          .body("consecutiveFailures", equalTo(0));
      assertThat(Poll.until(DEADLINE, () -> receiver.accepted(path).size() == 1)).isTrue();
      assertThat(receiver.received(path)).hasSize(triedWhileEnabled + 1);
    } finally {
      given().auth().oauth2(dept.token).when().delete(PATH + "/" + sub.id());
    }
  }

  /** The inbox entries of the subscription's disabling: source → recipients. */
  private Map<String, Set<String>> announced(Subscription sub) throws SQLException {
    Map<String, Set<String>> told = new java.util.HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT source_id, recipient FROM notification"
                    + " WHERE kind = 'WEBHOOK_DISABLED' AND source_id LIKE ?")) {
      q.setString(1, "webhook-disabled:" + sub.id() + ":%");
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          told.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
        }
      }
    }
    return told;
  }

  @Test
  void shouldRedeliverOnRequestWithTheSameWebhookId() {
    Webhooks dept = new Webhooks();
    String path = "/again-" + UUID.randomUUID();
    Subscription sub = dept.subscribe(receiver.url(path), "suggestion.assigned");
    SuggestionEvents.publish(
        List.of(
            SuggestionEvents.assigned(
                dept.congressId, UUID.randomUUID().toString(), dept.departmentId, List.of())));
    assertThat(Poll.until(DEADLINE, () -> receiver.accepted(path).size() == 1)).isTrue();
    assertThat(
            Poll.until(
                DEADLINE, () -> "DELIVERED".equals(deliveries(dept, sub).get(0).get("status"))))
        .isTrue();
    String deliveryId = (String) deliveries(dept, sub).get(0).get("id");

    given()
        .auth()
        .oauth2(dept.token)
        .when()
        .post(PATH + "/" + sub.id() + "/deliveries/" + deliveryId + "/redeliver")
        .then()
        .statusCode(202)
        .body("id", equalTo(deliveryId))
        .body("status", equalTo("PENDING"));
    assertThat(Poll.until(DEADLINE, () -> receiver.accepted(path).size() == 2)).isTrue();
    assertThat(receiver.accepted(path).stream().map(Received::id).distinct().toList())
        .containsExactly(deliveryId);
    assertThat(
            Poll.until(
                DEADLINE,
                () -> ((List<?>) deliveries(dept, sub).get(0).get("attempts")).size() == 2))
        .isTrue();
    given()
        .auth()
        .oauth2(dept.token)
        .when()
        .post(PATH + "/" + sub.id() + "/deliveries/" + UUID.randomUUID() + "/redeliver")
        .then()
        .statusCode(404);
  }

  private static Map<String, Object> subscription(Webhooks dept, Subscription sub) {
    return given()
        .auth()
        .oauth2(dept.token)
        .when()
        .get(PATH + "/" + sub.id())
        .then()
        .statusCode(200)
        .extract()
        .path("");
  }

  private static List<Map<String, Object>> deliveries(Webhooks dept, Subscription sub) {
    List<Map<String, Object>> all = new ArrayList<>();
    String token = "";
    do {
      var page =
          given()
              .auth()
              .oauth2(dept.token)
              .queryParam("limit", 7)
              .queryParam("pageToken", token)
              .when()
              .get(PATH + "/" + sub.id() + "/deliveries")
              .then()
              .statusCode(200)
              .extract();
      List<Map<String, Object>> items = page.path("items");
      all.addAll(items);
      token = page.path("nextPageToken");
    } while (token != null);
    return all;
  }

  private static Map<String, Object> firstAttempt(Webhooks dept, Subscription sub) {
    Poll.until(DEADLINE, () -> !((List<?>) deliveries(dept, sub).get(0).get("attempts")).isEmpty());
    List<Map<String, Object>> attempts =
        (List<Map<String, Object>>) deliveries(dept, sub).get(0).get("attempts");
    return attempts.get(0);
  }

  private static Map<String, JsonNode> byType(List<Received> received) {
    return received.stream()
        .map(r -> json(r.body()))
        .collect(Collectors.toMap(j -> j.get("type").asText(), j -> j, (x, y) -> x));
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
