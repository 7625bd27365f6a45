package cn.gov.jinshan.congress.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class StreamingTest {

  @Test
  void shouldPassServerSentEventsThroughLive() throws Exception {
    HttpRequest request =
        Gateway.request("/api/v1/deputies/events")
            .header("Authorization", "Bearer " + TestTokens.valid("staff-sse"))
            .header("Accept", "text/event-stream")
            .build();
    long start = System.nanoTime();

    HttpResponse<InputStream> response =
        Gateway.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo("data: first");
      Duration firstEventAfter = Duration.ofNanos(System.nanoTime() - start);
      lines.readLine();
      assertThat(lines.readLine()).isEqualTo("data: second");
      Duration secondEventAfter = Duration.ofNanos(System.nanoTime() - start);

      // the upstream sends the second event 3 s after the first: the first must not wait for it
      // (the margin is wide so that a loaded machine cannot fail the test, the order is the point)
      assertThat(firstEventAfter).isLessThan(Duration.ofMillis(2500));
      assertThat(secondEventAfter).isGreaterThan(Duration.ofMillis(2900));
    }
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
  }

  @Test
  void shouldAnswerAQuietEventStreamAtOnce() throws Exception {
    HttpRequest request =
        Gateway.request("/api/v1/deputies/quiet-events")
            .header("Authorization", "Bearer " + TestTokens.valid("staff-sse"))
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(2))
            .build();

    // the upstream's first event comes after 3 s: the status and headers must not wait for it
    HttpResponse<InputStream> response =
        Gateway.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());

    try (InputStream body = response.body()) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    }
  }

  @Test
  void shouldStreamLargeDownload() throws Exception {
    int megabytes = 64;
    HttpRequest request =
        Gateway.request("/api/v1/deputies/export/download?mb=" + megabytes)
            .header("Authorization", "Bearer " + TestTokens.valid("staff-download"))
            .build();

    HttpResponse<InputStream> response =
        Gateway.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream body = response.body()) {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        total += n;
      }
    }

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(total).isEqualTo(megabytes * 1024L * 1024L);
  }
}
