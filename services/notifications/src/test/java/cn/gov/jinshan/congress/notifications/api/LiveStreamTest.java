package cn.gov.jinshan.congress.notifications.api;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The live stream: the caller's new entries and unread count as Server-Sent Events, resumed with
 * Last-Event-ID from the inbox, never another person's.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LiveStreamTest {
  private static final String CONGRESS = "JS-DISTRICT";

  @Inject InboxRows rows;

  @TestHTTPResource("/api/v1/notifications/stream")
  URI stream;

  @Test
  void shouldResumeAfterLastEventIdThenFollowLive() throws Exception {
    String me = "person-" + UUID.randomUUID();
    String token = Tokens.token(me, CONGRESS, Map.of(), "staff");
    Instant t = Instant.now();
    rows.seed(me, CONGRESS, "已收到", t);
    rows.seed(me, CONGRESS, "错过的一", t);
    rows.seed(me, CONGRESS, "错过的二", t);
    List<Long> seqs =
        given()
            .auth()
            .oauth2(token)
            .get("/api/v1/notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.sequence", Long.class);
    long firstSeen = seqs.stream().mapToLong(Long::longValue).min().orElseThrow();

    try (SseClient events = SseClient.connect(stream, token, Long.toString(firstSeen))) {
      List<SseEvent> first = events.take(3);
      assertThat(first)
          .filteredOn(e -> e.name().equals("notification"))
          .extracting(SseEvent::data)
          .satisfiesExactly(
              d -> assertThat(d).contains("错过的一"), d -> assertThat(d).contains("错过的二"));
      assertThat(first)
          .filteredOn(e -> e.name().equals("notification"))
          .extracting(e -> Long.parseLong(e.id()))
          .allSatisfy(id -> assertThat(id).isGreaterThan(firstSeen));
      assertThat(first)
          .filteredOn(e -> e.name().equals("unread-count"))
          .singleElement()
          .satisfies(e -> assertThat(e.data()).isEqualTo("{\"unread\":3}"));

      // another person's entry never reaches this stream; a new own one does
      rows.seed("person-" + UUID.randomUUID(), CONGRESS, "别人的", t);
      UUID live = rows.seed(me, CONGRESS, "新到的", t);
      List<SseEvent> next = events.take(2);
      assertThat(next)
          .extracting(SseEvent::name)
          .containsExactlyInAnyOrder("notification", "unread-count");
      assertThat(next)
          .filteredOn(e -> e.name().equals("notification"))
          .singleElement()
          .satisfies(e -> assertThat(e.data()).contains("新到的").contains(live.toString()));

      // reading an entry lowers the badge at once
      given()
          .auth()
          .oauth2(token)
          .post("/api/v1/notifications/" + live + "/read")
          .then()
          .statusCode(200);
      assertThat(events.take(1))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.name()).isEqualTo("unread-count");
                assertThat(e.data()).isEqualTo("{\"unread\":3}");
              });
    }
  }

  @Test
  void shouldSendAnEntryWhoseTransactionCommittedAfterALaterOne() throws Exception {
    String me = "person-" + UUID.randomUUID();
    String token = Tokens.token(me, CONGRESS, Map.of(), "staff");
    try (SseClient events = SseClient.connect(stream, token, null)) {
      assertThat(events.take(1)).extracting(SseEvent::name).containsExactly("unread-count");
      CompletableFuture<Void> inserted = new CompletableFuture<>();
      CompletableFuture<Void> commit = new CompletableFuture<>();
      CompletableFuture<UUID> late =
          CompletableFuture.supplyAsync(
              () -> rows.seedCommittingLate(me, CONGRESS, "先写后提交", inserted, commit));
      // the late entry's seq is taken before this one's, which commits first and is sent first
      inserted.get(30, TimeUnit.SECONDS);
      rows.seed(me, CONGRESS, "后写先提交", Instant.now());
      assertThat(events.take(2))
          .filteredOn(e -> e.name().equals("notification"))
          .singleElement()
          .satisfies(e -> assertThat(e.data()).contains("后写先提交"));
      commit.complete(null);
      UUID lateId = late.get(30, TimeUnit.SECONDS);
      assertThat(events.take(2))
          .filteredOn(e -> e.name().equals("notification"))
          .singleElement()
          .satisfies(e -> assertThat(e.data()).contains("先写后提交").contains(lateId.toString()));
    }
  }

  @Test
  void shouldRefuseALastEventIdThatIsNoSequence() {
    String token = Tokens.token("person-" + UUID.randomUUID(), CONGRESS, Map.of(), "staff");
    given()
        .auth()
        .oauth2(token)
        .header("Last-Event-ID", "yesterday")
        .get(stream)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
