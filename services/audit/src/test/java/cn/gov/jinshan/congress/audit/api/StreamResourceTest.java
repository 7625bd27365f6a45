package cn.gov.jinshan.congress.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.jinshan.congress.audit.support.AuditEvents;
import cn.gov.jinshan.congress.contracts.EventEnvelope;
import cn.gov.jinshan.congress.contracts.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The live stream over real HTTP: new entries within a second, resumable with Last-Event-ID. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StreamResourceTest {
  @TestHTTPResource("/api/v1/audit/stream")
  URI stream;

  @Test
  void shouldDeliverNewEntriesWithinASecondAndResumeFromLastEventId() throws Exception {
    try (AuditEvents events = AuditEvents.create()) {
      String subject = UUID.randomUUID().toString();
      // the consumer is assigned its partitions and has caught up before the clock starts
      EventEnvelope warmUp = events.event("congress.voting.WarmUp.v1").build();
      events.publish(Topics.VOTING, warmUp);
      events.awaitStored(warmUp.id());
      long firstSeq;
      try (SseClient client =
          SseClient.open(stream, events.auditorToken, "?subject=" + subject, null)) {
        EventEnvelope first =
            events.event("congress.voting.CandidateProposed.v1").about(subject).build();
        long sent = System.nanoTime();
        events.publish(Topics.VOTING, first);
        SseEvent received = client.next(Duration.ofSeconds(5));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        assertThat(received.data()).contains(first.id());
        assertThat(received.name()).isEqualTo("entry");
        assertThat(millis).as("delivered after %d ms", millis).isLessThan(1000);
        firstSeq = Long.parseLong(received.id());
      }

      // while disconnected: two more about the subject, and one about another subject
      EventEnvelope second =
          events.event("congress.voting.CandidateScreened.v1").about(subject).build();
      EventEnvelope other = events.event("congress.voting.CandidateScreened.v1").build();
      EventEnvelope third = events.event("congress.voting.BallotOpened.v1").about(subject).build();
      events.publish(Topics.VOTING, second);
      events.publish(Topics.VOTING, other);
      events.publish(Topics.VOTING, third);
      events.awaitStored(third.id());
      events.awaitStored(other.id());

      try (SseClient client =
          SseClient.open(
              stream, events.auditorToken, "?subject=" + subject, Long.toString(firstSeq))) {
        SseEvent replayed1 = client.next(Duration.ofSeconds(5));
        SseEvent replayed2 = client.next(Duration.ofSeconds(5));
        assertThat(replayed1.data()).contains(second.id());
        assertThat(replayed2.data()).contains(third.id());
        assertThat(Long.parseLong(replayed2.id())).isGreaterThan(Long.parseLong(replayed1.id()));

        EventEnvelope fourth =
            events.event("congress.voting.BallotClosed.v1").about(subject).build();
        events.publish(Topics.VOTING, fourth);
        assertThat(client.next(Duration.ofSeconds(5)).data()).contains(fourth.id());
      }
    }
  }

  /**
   * Read as raw text: an SSE stream carries only the fields id, event, data and retry, and comments
   * (lines starting with ':'); anything else (such as a content-type line) is not SSE.
   */
  @Test
  void shouldSendOnlySseFieldsAndComments() throws Exception {
    try (AuditEvents events = AuditEvents.create()) {
      String subject = UUID.randomUUID().toString();
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(stream + "?subject=" + subject))
                      .header("Authorization", "Bearer " + events.auditorToken)
                      .header("Accept", "text/event-stream")
                      .build(),
                  HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = in.readLine()) != null) {
                    lines.add(line);
                  }
                } catch (Exception e) {
                  // closed
                }
              },
              "sse-raw-reader");
      reader.setDaemon(true);
      reader.start();
      try {
        EventEnvelope first =
            events.event("congress.voting.CandidateProposed.v1").about(subject).build();
        EventEnvelope second =
            events.event("congress.voting.CandidateScreened.v1").about(subject).build();
        events.publish(Topics.VOTING, first);
        events.publish(Topics.VOTING, second);

        List<String> received = new ArrayList<>();
        int blanksAfterData = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (blanksAfterData < 2 && System.nanoTime() < deadline) {
          String line = lines.poll(1, TimeUnit.SECONDS);
          if (line == null) {
            continue;
          }
          if (line.isEmpty()
              && !received.isEmpty()
              && received.get(received.size() - 1).startsWith("data:")) {
            blanksAfterData++;
          }
          received.add(line);
        }
        assertThat(blanksAfterData).as("two events within 60 s: %s", received).isEqualTo(2);
        assertThat(received.stream().filter(l -> !l.isEmpty()))
            .allSatisfy(line -> assertThat(line).matches("(id|event|data|retry)(:.*)?|:.*"));
        assertThat(received).filteredOn(l -> l.startsWith("data:")).hasSize(2);
        assertThat(String.join("\n", received)).contains(first.id()).contains(second.id());
      } finally {
        response.body().close();
        reader.interrupt();
      }
    }
  }

  @Test
  void shouldRefuseAMalformedLastEventId() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(stream)
                    .header("Authorization", "Bearer " + AuditEvents.auditor())
                    .header("Accept", "text/event-stream")
                    .header("Last-Event-ID", "yesterday")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
  }

  record SseEvent(String id, String name, String data) {}

  /** A minimal SSE reader on its own thread. */
  static final class SseClient implements AutoCloseable {
    private final BlockingQueue<SseEvent> received = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;

    private SseClient(InputStream body) {
      this.body = body;
      this.reader = new Thread(this::read, "sse-test-reader");
      reader.setDaemon(true);
      reader.start();
    }

    static SseClient open(URI uri, String token, String query, String lastEventId)
        throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(uri + query))
              .header("Authorization", "Bearer " + token)
              .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient()
              .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      return new SseClient(response.body());
    }

    SseEvent next(Duration timeout) throws InterruptedException {
      SseEvent event = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      assertThat(event).as("an SSE event within %s", timeout).isNotNull();
      return event;
    }

    private void read() {
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
        String id = null;
        String name = null;
        List<String> data = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
          if (line.isEmpty()) {
            if (!data.isEmpty()) {
              received.add(new SseEvent(id, name, String.join("\n", data)));
            }
            id = null;
            name = null;
            data.clear();
          } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
          } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            data.add(line.substring(5).strip());
          }
        }
      } catch (Exception e) {
        // closed
      }
    }

    @Override
    public void close() throws Exception {
      body.close();
      reader.interrupt();
    }
  }
}
