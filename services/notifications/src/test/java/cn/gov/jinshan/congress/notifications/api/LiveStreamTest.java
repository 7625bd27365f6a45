package cn.gov.jinshan.congress.notifications.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.notifications.support.InboxRows;
import cn.gov.jinshan.congress.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

  /** One received SSE event. */
  record SseEvent(String id, String name, String data) {}

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

    BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    CompletableFuture<?> connection = connect(token, Long.toString(firstSeen), events);
    try {
      List<SseEvent> first = take(events, 3);
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
      List<SseEvent> next = take(events, 2);
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
      assertThat(take(events, 1))
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.name()).isEqualTo("unread-count");
                assertThat(e.data()).isEqualTo("{\"unread\":3}");
              });
    } finally {
      connection.cancel(true);
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

  private CompletableFuture<?> connect(
      String token, String lastEventId, BlockingQueue<SseEvent> out) {
    HttpRequest request =
        HttpRequest.newBuilder(stream)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .header("Last-Event-ID", lastEventId)
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> parse(response.body(), out));
  }

  private static void parse(Stream<String> lines, BlockingQueue<SseEvent> out) {
    String[] current = new String[3];
    lines.forEach(
        line -> {
          if (line.isEmpty()) {
            if (current[1] != null || current[2] != null) {
              out.add(new SseEvent(current[0], current[1], current[2]));
            }
            current[0] = current[1] = current[2] = null;
          } else if (line.startsWith("id:")) {
            current[0] = line.substring(3).strip();
          } else if (line.startsWith("event:")) {
            current[1] = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            current[2] = line.substring(5).strip();
          }
        });
  }

  private static List<SseEvent> take(BlockingQueue<SseEvent> events, int count)
      throws InterruptedException {
    List<SseEvent> taken = new ArrayList<>();
    while (taken.size() < count) {
      SseEvent e = events.poll(30, TimeUnit.SECONDS);
      assertThat(e).as("event %d of %d", taken.size() + 1, count).isNotNull();
      taken.add(e);
    }
    return taken;
  }
}
