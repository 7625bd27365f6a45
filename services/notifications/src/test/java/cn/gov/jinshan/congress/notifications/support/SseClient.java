package cn.gov.jinshan.congress.notifications.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events connection read line by line, as a browser's EventSource reads it. */
public final class SseClient implements AutoCloseable {
  /** One received event. */
  public record SseEvent(String id, String name, String data) {}

  private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<?> connection;

  private SseClient(URI uri, String token, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .GET();
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    connection =
        HttpClient.newHttpClient()
            .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
            .thenAccept(response -> parse(response.body()));
  }

  /** Connects, resuming after {@code lastEventId} when it is not null. */
  public static SseClient connect(URI uri, String token, String lastEventId) {
    return new SseClient(uri, token, lastEventId);
  }

  /** The next {@code count} events, each within 30 s (fails otherwise). */
  public List<SseEvent> take(int count) throws InterruptedException {
    List<SseEvent> taken = new ArrayList<>();
    while (taken.size() < count) {
      SseEvent e = events.poll(30, TimeUnit.SECONDS);
      assertThat(e).as("event %d of %d", taken.size() + 1, count).isNotNull();
      taken.add(e);
    }
    return taken;
  }

  private void parse(Stream<String> lines) {
    String[] current = new String[3];
    lines.forEach(
        line -> {
          if (line.isEmpty()) {
            if (current[1] != null || current[2] != null) {
              events.add(new SseEvent(current[0], current[1], current[2]));
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

  @Override
  public void close() {
    connection.cancel(true);
  }
}
