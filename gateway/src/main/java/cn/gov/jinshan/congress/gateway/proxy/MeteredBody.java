package cn.gov.jinshan.congress.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * The request body on its way upstream, streamed chunk by chunk (never buffered): counts the bytes,
 * fails the stream when they exceed the route's limit, and reports activity so that the response
 * timeout only starts when the client stops sending.
 */
final class MeteredBody implements ReadStream<Buffer> {
  /** The body exceeded the limit. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("request body too large", null, false, false);
    }
  }

  private final ReadStream<Buffer> source;
  private final long limit;
  private final Runnable onActivity;
  private long received;
  private boolean exceeded;
  private Handler<Throwable> exceptionHandler;

  MeteredBody(ReadStream<Buffer> source, long limit, Runnable onActivity) {
    this.source = source;
    this.limit = limit;
    this.onActivity = onActivity;
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
    this.exceptionHandler = handler;
    source.exceptionHandler(handler);
    return this;
  }

  @Override
  public ReadStream<Buffer> handler(Handler<Buffer> handler) {
    if (handler == null) {
      source.handler(null);
      return this;
    }
    source.handler(
        chunk -> {
          if (exceeded) {
            return;
          }
          received += chunk.length();
          if (received > limit) {
            exceeded = true;
            if (exceptionHandler != null) {
              exceptionHandler.handle(new TooLarge());
            }
            return;
          }
          onActivity.run();
          handler.handle(chunk);
        });
    return this;
  }

  @Override
  public ReadStream<Buffer> pause() {
    source.pause();
    return this;
  }

  @Override
  public ReadStream<Buffer> resume() {
    source.resume();
    return this;
  }

  @Override
  public ReadStream<Buffer> fetch(long amount) {
    source.fetch(amount);
    return this;
  }

  @Override
  public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
    source.endHandler(
        endHandler == null
            ? null
            : v -> {
              if (!exceeded) {
                endHandler.handle(v);
              }
            });
    return this;
  }
}
