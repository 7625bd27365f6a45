package cn.gov.jinshan.congress.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Serving a page must not cost the process a file: the console runs for months behind the gateway,
 * and one file lost per request (a socket, as a trusted proxy named by something other than an
 * address or CIDR once did) ends it with "Too many open files" after some 20,000 pages.
 */
@QuarkusTest
class OpenFilesTest {
  private static final int REQUESTS = 300;

  @TestHTTPResource("/")
  URI console;

  @Test
  void shouldServeManyRequestsWithoutKeepingAFileOpenForEach() throws Exception {
    // One client on one kept-alive connection, so that the files counted are the server's.
    HttpClient client = HttpClient.newHttpClient();
    assertThat(get(client, "css/console.css")).isEqualTo(200);
    long before = openFiles();

    for (int i = 0; i < REQUESTS; i++) {
      assertThat(get(client, i % 2 == 0 ? "css/console.css" : "")).isEqualTo(200);
    }

    // A class file or a pooled thread may open one on the way; a leak opens one per request.
    assertThat(openFiles() - before).isLessThan(REQUESTS / 10);
  }

  private int get(HttpClient client, String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(console.resolve(path))
            .header("X-Forwarded-Host", "127.0.0.1:8080")
            .header("X-Forwarded-Proto", "http")
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static long openFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("/proc/self/fd"))) {
      return files.count();
    }
  }
}
