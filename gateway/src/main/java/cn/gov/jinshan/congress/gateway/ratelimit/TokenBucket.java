package cn.gov.jinshan.congress.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens and refills {@code capacity} tokens per
 * {@code periodNanos}, continuously.
 */
final class TokenBucket {
  private final long capacity;
  private final double nanosPerToken;
  private double tokens;
  private long lastRefill;

  TokenBucket(long capacity, long periodNanos, long now) {
    this.capacity = capacity;
    this.nanosPerToken = (double) periodNanos / capacity;
    this.tokens = capacity;
    this.lastRefill = now;
  }

  /** Takes a token; returns 0 if there was one, else the nanoseconds until there will be. */
  synchronized long tryConsume(long now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) * nanosPerToken);
  }

  /** Whether the bucket is full again, i.e. it can be forgotten without changing anything. */
  synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(long now) {
    long elapsed = now - lastRefill;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed / nanosPerToken);
      lastRefill = now;
    }
  }
}
