package cn.gov.jinshan.congress.gateway.proxy;

import io.vertx.core.Vertx;

/**
 * The response timeout of one proxied request: fires when the upstream has not started its response
 * within {@code timeoutMillis} after the last chunk of the request body was forwarded.
 */
final class ResponseDeadline {
  private final Vertx vertx;
  private final long timeoutMillis;
  private final Runnable onExpiry;
  private volatile long lastActivityNanos = System.nanoTime();
  private long timerId = -1;
  private boolean done;

  ResponseDeadline(Vertx vertx, long timeoutMillis, Runnable onExpiry) {
    this.vertx = vertx;
    this.timeoutMillis = timeoutMillis;
    this.onExpiry = onExpiry;
  }

  void start() {
    schedule(timeoutMillis);
  }

  /** The client sent more body: the wait starts again. */
  void touch() {
    lastActivityNanos = System.nanoTime();
  }

  void cancel() {
    done = true;
    if (timerId >= 0) {
      vertx.cancelTimer(timerId);
    }
  }

  private void schedule(long delayMillis) {
    timerId =
        vertx.setTimer(
            Math.max(1, delayMillis),
            id -> {
              if (done) {
                return;
              }
              long idleMillis = (System.nanoTime() - lastActivityNanos) / 1_000_000;
              if (idleMillis >= timeoutMillis) {
                done = true;
                onExpiry.run();
              } else {
                schedule(timeoutMillis - idleMillis);
              }
            });
  }
}
