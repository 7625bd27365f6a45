package cn.gov.jinshan.congress.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Opens a server-sent event stream through the gateway and reads only its status and headers. */
final class Streams {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Streams() {}

  /** The status and whether an error came as problem+json; the stream is closed at once. */
  static Outcome open(String username, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Gateway.BASE_URL + path))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "text/event-stream")
            .GET();
    if (username != null) {
      request.header("Authorization", "Bearer " + Users.token(username));
    }
    try {
      HttpResponse<InputStream> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      response.body().close();
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Outcome(response.statusCode(), type.startsWith("application/problem+json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What came back. */
  record Outcome(int status, boolean problem) {}
}
