package cn.gov.jinshan.congress.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Tokens already verified, until they expire, so that a client's next requests skip the signature
 * check. A Caffeine cache bounded in size (when full, the entries least likely to be used again go:
 * verification is only a cost, never a correctness problem), each entry expiring at its token's
 * {@code exp}. Only fully verified tokens enter; the services check every token again anyway.
 */
final class VerifiedTokens {
  private record Entry(Principal principal, long expiresAtSeconds) {}

  private final Cache<String, Entry> entries;

  VerifiedTokens(int maxEntries) {
    this(maxEntries, ForkJoinPool.commonPool());
  }

  /** With the executor Caffeine runs its maintenance on (a test passes the calling thread). */
  VerifiedTokens(int maxEntries, Executor maintenance) {
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maxEntries)
            .expireAfter(Expiry.writing((String token, Entry entry) -> untilExpiry(entry)))
            .executor(maintenance)
            .recordStats()
            .build();
  }

  /**
   * The principal of a token verified before and not yet expired at {@code nowSeconds}, or null.
   */
  Principal get(String token, long nowSeconds) {
    Entry entry = entries.getIfPresent(token);
    if (entry == null) {
      return null;
    }
    // Caffeine expires by its own clock; the request's time is checked too, so that no entry is
    // used at or after the token's exp whatever the cache's timing.
    if (nowSeconds >= entry.expiresAtSeconds) {
      entries.asMap().remove(token, entry);
      return null;
    }
    return entry.principal;
  }

  void put(String token, Principal principal, long expiresAtSeconds) {
    entries.put(token, new Entry(principal, expiresAtSeconds));
  }

  /** How many tokens are kept, after pending evictions have run. */
  long size() {
    entries.cleanUp();
    return entries.estimatedSize();
  }

  /** How long an entry may stay: until its token's {@code exp}, by the wall clock. */
  private static Duration untilExpiry(Entry entry) {
    Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(entry.expiresAtSeconds));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
