package cn.gov.jinshan.congress.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    HttpResponse<InputStream> response =
        Gateway.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      // the upstream holds the second event until released: a buffering proxy never shows the
      // first one, so the read times out
      assertThat(readLine(lines)).isEqualTo("data: first");
      Gateway.CLIENT.send(
          Gateway.request("/api/v1/deputies/events-release")
              .header("Authorization", "Bearer " + TestTokens.valid("staff-sse"))
              .build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(readLine(lines)).isEmpty();
      assertThat(readLine(lines)).isEqualTo("data: second");
    }
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
  }

  private static String readLine(BufferedReader lines) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                return lines.readLine();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .get(15, TimeUnit.SECONDS);
  }

  @Test
  void shouldAnswerAQuietEventStreamAtOnce() throws Exception {
    HttpRequest request =
        Gateway.request("/api/v1/deputies/quiet-events")
            .header("Authorization", "Bearer " + TestTokens.valid("staff-sse"))
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(10))
            .build();

    // the upstream's first event comes after 20 s: the status and headers must not wait for it
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
