package cn.gov.jinshan.congress.notifications.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * A department's system as a real HTTP server on a free loopback port: every request is recorded
 * (path, webhook headers, body, the status it was answered with); what each path answers is set by
 * the test.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One request as received. */
  public record Received(
      String path, String id, String timestamp, String signature, String body, int answered) {}

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final Map<String, ToIntFunction<Integer>> answers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(32));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The URL of a path on this receiver. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * What a path answers: given the number of the request to it (1 for the first), the status. A
   * path without an answer set answers 204.
   */
  public void answer(String path, ToIntFunction<Integer> statusOfRequestNumber) {
    answers.put(path, statusOfRequestNumber);
  }

  public List<Received> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** The requests to a path that were answered 2xx. */
  public List<Received> accepted(String path) {
    return received(path).stream().filter(r -> r.answered() / 100 == 2).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    int number = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    int status = answers.getOrDefault(path, n -> 204).applyAsInt(number);
    var headers = exchange.getRequestHeaders();
    received.add(
        new Received(
            path,
            headers.getFirst("webhook-id"),
            headers.getFirst("webhook-timestamp"),
            headers.getFirst("webhook-signature"),
            body,
            status));
    if (status / 100 == 3) {
      exchange.getResponseHeaders().add("Location", url("/redirected"));
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
