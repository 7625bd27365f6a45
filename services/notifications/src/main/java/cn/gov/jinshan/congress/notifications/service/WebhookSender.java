package cn.gov.jinshan.congress.notifications.service;

import cn.gov.jinshan.congress.notifications.config.WebhooksConfig;
import cn.gov.jinshan.congress.notifications.domain.StandardWebhooks;
import cn.gov.jinshan.congress.notifications.repository.WebhookRepository.Claimed;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one attempt of a delivery, signed as Standard Webhooks says, with the JDK's asynchronous
 * client: redirects are never followed (a 3xx is a failed attempt, so a receiver cannot bounce the
 * platform to an address the allow-list would refuse), and both connecting and waiting for the
 * answer are bounded.
 */
@ApplicationScoped
public class WebhookSender {
  private static final int MAX_ERROR_LENGTH = 500;

  private final HttpClient client;
  private final Duration readTimeout;
  private final Clock clock;

  public WebhookSender(WebhooksConfig config, Clock clock) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(config.connectTimeout())
            .build();
    this.readTimeout = config.readTimeout();
    this.clock = clock;
  }

  /** What an attempt came to: the receiver's status, or why there was none. */
  public record Result(Instant startedAt, int durationMs, Integer statusCode, String error) {
    public boolean delivered() {
      return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
  }

  /** Sends the attempt; never completes exceptionally. */
  public CompletableFuture<Result> send(Claimed delivery, String secret) {
    Instant started = clock.instant();
    long startedNanos = System.nanoTime();
    long timestamp = started.getEpochSecond();
    String id = delivery.id().toString();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(delivery.url()))
            .timeout(readTimeout)
            .header("content-type", "application/json")
            .header("user-agent", "congress-notifications-webhooks/1")
            .header(StandardWebhooks.ID_HEADER, id)
            .header(StandardWebhooks.TIMESTAMP_HEADER, Long.toString(timestamp))
            .header(
                StandardWebhooks.SIGNATURE_HEADER,
                StandardWebhooks.signature(secret, id, timestamp, delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              int ms = (int) Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
              if (failure != null) {
                return new Result(started, ms, null, describe(failure));
              }
              int status = response.statusCode();
              String error = null;
              if (status >= 300 && status < 400) {
                error =
                    "redirect not followed"
                        + response
                            .headers()
                            .firstValue("location")
                            .map(l -> " (to " + l + ")")
                            .orElse("");
              } else if (status >= 300) {
                error = "answered " + status;
              }
              return new Result(started, ms, status, truncate(error));
            });
  }

  /** An attempt that was not sent, with the reason. */
  public Result refused(String reason) {
    return new Result(clock.instant(), 0, null, truncate(reason));
  }

  private static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof HttpTimeoutException) {
      return truncate("timed out: " + cause.getMessage());
    }
    String message = cause.getMessage();
    return truncate(cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }

  private static String truncate(String text) {
    return text == null || text.length() <= MAX_ERROR_LENGTH
        ? text
        : text.substring(0, MAX_ERROR_LENGTH);
  }
}
