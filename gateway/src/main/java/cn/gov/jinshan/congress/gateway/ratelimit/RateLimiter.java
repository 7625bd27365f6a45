package cn.gov.jinshan.congress.gateway.ratelimit;

import cn.gov.jinshan.congress.gateway.config.GatewayConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a token subject or a client address). Buckets that have refilled are
 * forgotten when the map grows beyond its bound, so memory stays bounded.
 */
public final class RateLimiter {
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final long capacity;
  private final long periodNanos;
  private final int maxKeys;
  private final LongSupplier nanoClock;

  public RateLimiter(GatewayConfig.RateLimitConfig.Bucket config, int maxKeys) {
    this(config.capacity(), config.period().toNanos(), maxKeys, System::nanoTime);
  }

  RateLimiter(long capacity, long periodNanos, int maxKeys, LongSupplier nanoClock) {
    this.capacity = capacity;
    this.periodNanos = periodNanos;
    this.maxKeys = maxKeys;
    this.nanoClock = nanoClock;
  }

  /** Returns 0 if {@code key} may make a request now, else the seconds to wait (at least 1). */
  public long acquire(String key) {
    long now = nanoClock.getAsLong();
    if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
      evictFull(now);
    }
    long waitNanos =
        buckets
            .computeIfAbsent(key, k -> new TokenBucket(capacity, periodNanos, now))
            .tryConsume(now);
    return waitNanos == 0 ? 0 : Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }

  int size() {
    return buckets.size();
  }

  private void evictFull(long now) {
    buckets.values().removeIf(bucket -> bucket.isFull(now));
  }
}
