package cn.gov.jinshan.congress.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Opens a server-sent event stream through the gateway and reads only its status and headers. */
final class Streams {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Streams() {}

  /** The status and whether an error came as problem+json; the stream is closed at once. */
  static Outcome open(String username, String path) {
    return open(username, path, Map.of());
  }

  /** The same with query parameters (URL-encoded here). */
  static Outcome open(String username, String path, Map<String, String> query) {
    StringBuilder uri = new StringBuilder(Gateway.BASE_URL).append(path);
    char separator = '?';
    for (Map.Entry<String, String> q : query.entrySet()) {
      uri.append(separator)
          .append(URLEncoder.encode(q.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(uri.toString()))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "text/event-stream")
            .GET();
    if (username != null) {
      request.header("Authorization", "Bearer " + Users.token(username));
    }
    try {
      HttpResponse<InputStream> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      String type = response.headers().firstValue("Content-Type").orElse("");
      String body = "";
      if (response.statusCode() >= 400) {
        body = new String(response.body().readNBytes(300), StandardCharsets.UTF_8);
      }
      response.body().close();
      return new Outcome(
          response.statusCode(), type.startsWith("application/problem+json"), type + " " + body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What came back. */
  record Outcome(int status, boolean problem, String detail) {}
}
