package cn.gov.jinshan.congress.notifications.api;

import static cn.gov.jinshan.congress.testing.IsolationCases.assertEveryCaseHolds;
import static cn.gov.jinshan.congress.testing.IsolationCases.assertOneCasePerDocumentedRoute;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.notifications.support.SseClient;
import cn.gov.jinshan.congress.notifications.support.SseClient.SseEvent;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One case per route: person A of congress A never reads, counts, marks or streams the entries of
 * person B, nor their own entries of another congress (the token's congress scopes everything).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IsolationTest {
  private static final String A = "JS-DISTRICT";
  private static final String B = "JS-ZHUJING";
  private static final String PATH = "/api/v1/notifications";

  @Inject InboxRows rows;

  @TestHTTPResource("/api/v1/notifications/stream")
  URI stream;

  private String personA;
  private String tokenA;
  private String tokenOfB;
  private UUID ownEntry;
  private UUID entryOfB;
  private UUID ownEntryInB;

  @BeforeEach
  void seed() {
    personA = "person-" + UUID.randomUUID();
    String personB = "person-" + UUID.randomUUID();
    tokenA = Tokens.token(personA, A, Map.of(), "deputy");
    tokenOfB = Tokens.token(personB, A, Map.of(), "deputy");
    Instant t = Instant.now();
    ownEntry = rows.seed(personA, A, "A 的通知", t);
    entryOfB = rows.seed(personB, A, "B 的通知", t);
    ownEntryInB = rows.seed(personA, B, "A 在另一人大的通知", t);
  }

  @Test
  void shouldHaveACasePerRoute() {
    assertOneCasePerDocumentedRoute(cases());
  }

  @Test
  void shouldKeepEveryRouteToTheCallersOwnEntries() {
    assertEveryCaseHolds(cases());
  }

  private Map<String, Runnable> cases() {
    Map<String, Runnable> cases = new LinkedHashMap<>();
    String preferences = "/api/v1/notification-preferences";
    String digest = "{\"defaultChannels\":[\"EMAIL\"],\"dailyDigest\":true}";
    cases.put(
        "GET " + preferences,
        () -> {
          // another person's stored choice is not what the caller reads
          given()
              .auth()
              .oauth2(tokenOfB)
              .contentType("application/json")
              .header("If-Match", "\"0\"")
              .body(digest)
              .put(preferences)
              .then()
              .statusCode(200);
          given()
              .auth()
              .oauth2(tokenA)
              .get(preferences)
              .then()
              .statusCode(200)
              .body("dailyDigest", org.hamcrest.Matchers.equalTo(false));
        });
    cases.put(
        "PUT " + preferences,
        () -> {
          // the caller's choice changes their own preferences only
          given()
              .auth()
              .oauth2(tokenA)
              .contentType("application/json")
              .header("If-Match", "\"0\"")
              .body(digest)
              .put(preferences)
              .then()
              .statusCode(200);
          given()
              .auth()
              .oauth2(Tokens.token("person-" + UUID.randomUUID(), A, Map.of(), "deputy"))
              .get(preferences)
              .then()
              .statusCode(200)
              .body("dailyDigest", org.hamcrest.Matchers.equalTo(false));
        });
    cases.put(
        "GET " + PATH,
        () ->
            assertThat(
                    given()
                        .auth()
                        .oauth2(tokenA)
                        .get(PATH)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id", String.class))
                .containsExactly(ownEntry.toString()));
    cases.put(
        "GET " + PATH + "/unread-count",
        () ->
            assertThat(
                    given()
                        .auth()
                        .oauth2(tokenA)
                        .get(PATH + "/unread-count")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("unread"))
                .isEqualTo(1));
    cases.put(
        "POST " + PATH + "/{id}/read",
        () -> {
          for (UUID foreign : List.of(entryOfB, ownEntryInB)) {
            given()
                .auth()
                .oauth2(tokenA)
                .post(PATH + "/" + foreign + "/read")
                .then()
                .statusCode(404);
          }
          assertThat(rows.readAt(entryOfB)).isNull();
          assertThat(rows.readAt(ownEntryInB)).isNull();
        });
    cases.put(
        "POST " + PATH + "/read-all",
        () -> {
          given().auth().oauth2(tokenA).post(PATH + "/read-all").then().statusCode(200);
          assertThat(rows.readAt(ownEntry)).isNotNull();
          assertThat(rows.readAt(entryOfB)).isNull();
          assertThat(rows.readAt(ownEntryInB)).isNull();
        });
    cases.put(
        "GET " + PATH + "/stream",
        () -> {
          try (SseClient events = SseClient.connect(stream, tokenA, "0")) {
            List<SseEvent> first = events.take(2);
            assertThat(first)
                .filteredOn(e -> e.name().equals("notification"))
                .extracting(SseEvent::data)
                .singleElement()
                .satisfies(d -> assertThat(d).contains(ownEntry.toString()));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
          }
        });
    webhookCases(cases);
    return cases;
  }

  /**
   * Department A's system never sees or changes the webhook subscriptions of department B of the
   * same congress, nor those of a department of the same code in another congress: each is 404.
   */
  private void webhookCases(Map<String, Runnable> cases) {
    String hooks = "/api/v1/webhook-subscriptions";
    String code = "D" + UUID.randomUUID().toString().substring(0, 8);
    String deptA = Tokens.department(A, code);
    String otherDept = Tokens.department(A, "OTHER-" + code);
    String sameCodeInB = Tokens.department(B, code);
    Map<String, Object> body =
        Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("suggestion.assigned"));
    String ownId =
        given()
            .auth()
            .oauth2(deptA)
            .contentType("application/json")
            .body(body)
            .post(hooks)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String foreignId =
        given()
            .auth()
            .oauth2(otherDept)
            .contentType("application/json")
            .body(body)
            .post(hooks)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String foreignInB =
        given()
            .auth()
            .oauth2(sameCodeInB)
            .contentType("application/json")
            .body(body)
            .post(hooks)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    List<String> foreign = List.of(foreignId, foreignInB);
    cases.put(
        "GET " + hooks,
        () ->
            assertThat(
                    given()
                        .auth()
                        .oauth2(deptA)
                        .get(hooks)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("id", String.class))
                .containsExactly(ownId));
    cases.put(
        "POST " + hooks,
        () ->
            assertThat(
                    given()
                        .auth()
                        .oauth2(deptA)
                        .contentType("application/json")
                        .body(body)
                        .post(hooks)
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("departmentId"))
                .isEqualTo(code));
    cases.put(
        "GET " + hooks + "/{id}",
        () ->
            foreign.forEach(
                id -> given().auth().oauth2(deptA).get(hooks + "/" + id).then().statusCode(404)));
    cases.put(
        "GET " + hooks + "/{id}/deliveries",
        () ->
            foreign.forEach(
                id ->
                    given()
                        .auth()
                        .oauth2(deptA)
                        .get(hooks + "/" + id + "/deliveries")
                        .then()
                        .statusCode(404)));
    cases.put(
        "POST " + hooks + "/{id}/reactivation",
        () ->
            foreign.forEach(
                id ->
                    given()
                        .auth()
                        .oauth2(deptA)
                        .post(hooks + "/" + id + "/reactivation")
                        .then()
                        .statusCode(404)));
    cases.put(
        "POST " + hooks + "/{id}/deliveries/{deliveryId}/redeliver",
        () ->
            foreign.forEach(
                id ->
                    given()
                        .auth()
                        .oauth2(deptA)
                        .post(hooks + "/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                        .then()
                        .statusCode(404)));
    cases.put(
        "DELETE " + hooks + "/{id}",
        () -> {
          foreign.forEach(
              id -> given().auth().oauth2(deptA).delete(hooks + "/" + id).then().statusCode(404));
          given().auth().oauth2(otherDept).get(hooks + "/" + foreignId).then().statusCode(200);
          given().auth().oauth2(sameCodeInB).get(hooks + "/" + foreignInB).then().statusCode(200);
        });
  }
}
