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

  private static final String PREFERENCES = "/api/v1/notification-preferences";
  private static final String DIGEST =
      "{\"defaultChannels\":[\"EMAIL\"],\"dailyDigest\":true,\"quietHours\":null}";

  private String personA;
  private String tokenA;
  private String tokenB;
  private String tokenAInB;
  private UUID ownEntry;
  private UUID entryOfB;
  private UUID ownEntryInB;

  @BeforeEach
  void seed() {
    personA = "person-" + UUID.randomUUID();
    String personB = "person-" + UUID.randomUUID();
    tokenA = Tokens.token(personA, A, Map.of(), "deputy");
    tokenB = Tokens.token(personB, A, Map.of(), "deputy");
    tokenAInB = Tokens.token(personA, B, Map.of(), "deputy");
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
    // preferences: B's, and A's own in another congress, are never A's here
    cases.put(
        "GET " + PREFERENCES,
        () -> {
          storeDigest(tokenB);
          storeDigest(tokenAInB);
          given()
              .auth()
              .oauth2(tokenA)
              .get(PREFERENCES)
              .then()
              .statusCode(200)
              .header("ETag", "\"0\"")
              .body("dailyDigest", org.hamcrest.Matchers.equalTo(false));
        });
    cases.put(
        "PUT " + PREFERENCES,
        () -> {
          storeDigest(tokenB);
          storeDigest(tokenAInB);
          given()
              .auth()
              .oauth2(tokenA)
              .contentType("application/json")
              .header("If-Match", "\"0\"")
              .body(DIGEST.replace("true", "false"))
              .put(PREFERENCES)
              .then()
              .statusCode(200)
              .header("ETag", "\"1\"");
          for (String other : List.of(tokenB, tokenAInB)) {
            given()
                .auth()
                .oauth2(other)
                .get(PREFERENCES)
                .then()
                .statusCode(200)
                .body("dailyDigest", org.hamcrest.Matchers.equalTo(true));
          }
        });
    return cases;
  }

  /** Stores a daily digest as the token's person, whatever they stored before. */
  private static void storeDigest(String token) {
    given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .header("If-Match", "*")
        .body(DIGEST)
        .put(PREFERENCES)
        .then()
        .statusCode(200);
  }
}
